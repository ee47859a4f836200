using System.Diagnostics.Metrics;
using Dapper;
using SignalHub.Storage;
using SignalHub.Telemetry;
using SignalHub.Tests.Fixtures;

namespace SignalHub.Tests.Telemetry;

/// <summary>The gauges an operator watches are read from the database: here, the failed messages waiting for a decision.</summary>
public sealed class PipelineGaugeTests
{
    [Test]
    public async Task A_failed_message_shows_on_the_dead_letter_gauge_until_it_is_resolved()
    {
        await using var stack = await SignalHubStack.StartAsync(StackKind.SqliteInMemory);
        await stack.Get<Database>().InTransactionAsync((c, t) => c.ExecuteAsync("""
            INSERT INTO failed_messages (message_id, message_type, consumer, reason, body, failed_at)
            VALUES (@Id, 'SignalsAccepted', 'MatchAddressesConsumer', 'test', '{}', @At)
            """, new { Id = Guid.CreateVersion7(), At = DateTime.UtcNow }, t), CancellationToken.None);

        var meter = stack.Get<SignalHubMetrics>().Meter;
        var values = new Dictionary<string, long>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (ReferenceEquals(instrument.Meter, meter))
                    l.EnableMeasurementEvents(instrument);
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => values[instrument.Name] = value);
        listener.Start();
        var until = DateTime.UtcNow.AddSeconds(10);
        do
        {
            listener.RecordObservableInstruments();
            await Task.Delay(100);
        }
        while (values.GetValueOrDefault("signalhub.messages.failed") != 1 && DateTime.UtcNow < until);

        Assert.Multiple(() =>
        {
            Assert.That(values.GetValueOrDefault("signalhub.messages.failed"), Is.EqualTo(1));
            Assert.That(values, Does.ContainKey("signalhub.cases.at_risk"));
            Assert.That(values["signalhub.cases.at_risk"], Is.Zero);
        });
    }
}
