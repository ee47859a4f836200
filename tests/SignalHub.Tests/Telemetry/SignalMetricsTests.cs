using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using SignalHub.Telemetry;
using SignalHub.Tests.Fixtures;
using static SignalHub.Tests.Fixtures.PartnerFiles;

namespace SignalHub.Tests.Telemetry;

/// <summary>The signals each partner sent and how many were rejected, counted per partner id.</summary>
[TestFixture(StackKind.SqliteInMemory)]
[TestFixture(StackKind.PostgresRabbitMq)]
public sealed class SignalMetricsTests(StackKind kind)
{
    private readonly ConcurrentDictionary<(string Instrument, string Partner), long> _totals = new();
    private SignalHubStack _stack = null!;
    private MeterListener _listener = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _stack = await SignalHubStack.StartAsync(kind);
        var meter = _stack.Get<SignalHubMetrics>().Meter;
        _listener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (ReferenceEquals(instrument.Meter, meter))
                    listener.EnableMeasurementEvents(instrument);
            },
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            foreach (var tag in tags)
                if (tag.Key == "partner.id")
                    _totals.AddOrUpdate((instrument.Name, (string)tag.Value!), value, (_, sum) => sum + value);
        });
        _listener.Start();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _listener?.Dispose();
        await (_stack?.DisposeAsync() ?? ValueTask.CompletedTask);
    }

    [TestCase(3, 0)]
    [TestCase(4, 1)]
    [TestCase(5, 3)]
    public async Task When_a_partner_sends_rows_some_of_them_bad_Should_count_them_received_and_rejected_for_that_partner(int rows, int bad)
    {
        var (partner, key) = await _stack.RegisterAsync($"Waterbedrijf Meting {rows}-{bad}", "water");
        var (bystander, bystanderKey) = await _stack.RegisterAsync($"Energie Omstander {rows}-{bad}", "energy");
        await _stack.UploadAsync(key, "2026-11", Csv([.. Enumerable.Range(1, rows)
            .Select(i => Row($"W-{i}", "water", "Brouwer", $"{i}", i <= bad ? "0123AB" : "2011AB"))]));
        await _stack.UploadAsync(bystanderKey, "2026-11", Csv(Row("E-1", "energie", "Brouwer", "1", "2011AB")));

        var id = partner.Id.ToString("D");
        await WaitForAsync(() => Total("signalhub.signals.received", id) == rows && Total("signalhub.signals.received", bystander.Id.ToString("D")) == 1);
        Assert.Multiple(() =>
        {
            Assert.That(Total("signalhub.signals.received", id), Is.EqualTo(rows));
            Assert.That(Total("signalhub.signals.rejected", id), Is.EqualTo(bad));
            Assert.That(Total("signalhub.signals.received", bystander.Id.ToString("D")), Is.EqualTo(1), "another partner's rows are its own");
            Assert.That(Total("signalhub.signals.rejected", bystander.Id.ToString("D")), Is.Zero);
        });
    }

    private long Total(string instrument, string partner) => _totals.GetValueOrDefault((instrument, partner));

    /// <summary>The counter is raised just after the chunk's commit, which is when the pipeline reads as idle.</summary>
    private static async Task WaitForAsync(Func<bool> done)
    {
        var until = DateTime.UtcNow.AddSeconds(10);
        while (!done() && DateTime.UtcNow < until)
            await Task.Delay(50);
    }
}
