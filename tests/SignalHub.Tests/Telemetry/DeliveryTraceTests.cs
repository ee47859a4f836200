using System.Diagnostics;
using System.Net.Http.Json;
using OpenTelemetry;
using SignalHub.Cli;
using SignalHub.Ingestion;
using SignalHub.Tests.Fixtures;
using static SignalHub.Tests.Fixtures.PartnerFiles;

namespace SignalHub.Tests.Telemetry;

/// <summary>
/// One delivery is one trace: the upload request is its root, and every step the delivery sets off on the
/// bus (split, each chunk, matching, dispatch), published later through the outbox, joins it.
/// </summary>
[TestFixture(StackKind.SqliteInMemory)]
[TestFixture(StackKind.PostgresRabbitMq)]
public sealed class DeliveryTraceTests(StackKind kind)
{
    private readonly SpanCollector _collector = new();
    private SignalHubStack _stack = null!;
    private string _apiKey = "";

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _stack = await SignalHubStack.StartAsync(kind, new Dictionary<string, string?> { ["Ingestion:ChunkRecords"] = "10" }, _collector.AttachTo);
        await _stack.AddAreaAsync("2011AA", "2013ZZ", "Wijkteam Noord");
        _apiKey = (await _stack.RegisterAsync("Woonstichting Spoor", "housing")).ApiKey;
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await (_stack?.DisposeAsync() ?? ValueTask.CompletedTask);
        _collector.Dispose();
    }

    [Test]
    public async Task When_a_partner_uploads_a_file_of_three_chunks_Should_trace_every_step_under_the_upload_request()
    {
        string[] surnames = ["Hendriks", "Vos", "Kok", "Peters", "Dekker"];
        var deliveryId = await UploadUntracedAsync(Csv([.. Enumerable.Range(1, 25)
            .Select(i => Row($"T-{i}", "huur", surnames[i % surnames.Length], $"{i}", i % 2 == 0 ? "2011AB" : "2012CD"))]));
        await _stack.WaitUntilIdleAsync();

        var spans = await _collector.WaitForAsync(all => TraceOf(all, deliveryId) is { } trace
            && Steps(trace).Count(s => s == "ingest chunk") == 3 && Steps(trace).Contains("dispatch") && IsConnected(trace), TimeSpan.FromSeconds(15));
        var trace = TraceOf(spans, deliveryId);

        Assert.That(trace, Is.Not.Null, "the intake span carries the delivery id");
        var roots = trace!.Where(s => s.ParentSpanId == default).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(roots, Has.Count.EqualTo(1), "one trace, one root");
            Assert.That(roots[0].Source.Name, Is.EqualTo("Microsoft.AspNetCore"), "the upload request is the root");
            Assert.That(roots[0].Kind, Is.EqualTo(ActivityKind.Server));
            Assert.That(Steps(trace), Is.SupersetOf(new[] { "delivery intake", "split delivery", "match addresses", "dispatch" }));
            Assert.That(Steps(trace).Count(s => s == "ingest chunk"), Is.EqualTo(3), "25 records in chunks of 10");
            Assert.That(trace.Where(s => s.Source.Name == "MassTransit").Select(s => s.Kind), Does.Contain(ActivityKind.Consumer));
            Assert.That(IsConnected(trace), Is.True, "every span's parent is a span of the same trace");
        });
    }

    [Test]
    public async Task When_the_trace_reaches_the_database_Should_record_its_calls_as_spans()
    {
        var deliveryId = await UploadUntracedAsync(Csv(Row("D-1", "huur", "Meijer", "14", "2011AB")));
        await _stack.WaitUntilIdleAsync();

        var spans = await _collector.WaitForAsync(all => TraceOf(all, deliveryId) is { } t && Steps(t).Contains("dispatch"), TimeSpan.FromSeconds(15));
        var database = TraceOf(spans, deliveryId)!.Where(s => s.Kind == ActivityKind.Client).Select(s => s.Source.Name).ToList();

        Assert.That(database, Does.Contain(kind == StackKind.PostgresRabbitMq ? "Npgsql" : "SignalHub"));
    }

    /// <summary>Uploads without a client span, as a partner's own system would, so the server span starts the trace.</summary>
    private async Task<Guid> UploadUntracedAsync(string csv)
    {
        using var client = _stack.Client(_apiKey);
        using var content = new StringContent(csv, System.Text.Encoding.UTF8, "text/csv");
        HttpResponseMessage response;
        using (SuppressInstrumentationScope.Begin())
            response = await client.PostAsync("/api/v1/deliveries?period=2026-11", content);
        using (response)
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(202), await response.Content.ReadAsStringAsync());
            return (await response.Content.ReadFromJsonAsync<Receipt>(JsonOutput.Options))!.DeliveryId;
        }
    }

    private static List<Activity>? TraceOf(IReadOnlyList<Activity> spans, Guid deliveryId)
    {
        var intake = spans.FirstOrDefault(s => s.DisplayName == "delivery intake" && Equals(s.GetTagItem("signalhub.delivery.id"), deliveryId));
        return intake is null ? null : spans.Where(s => s.TraceId == intake.TraceId).ToList();
    }

    private static List<string> Steps(IEnumerable<Activity> trace) =>
        trace.Where(s => s.Source.Name == "SignalHub" && s.Kind == ActivityKind.Internal).Select(s => s.DisplayName).ToList();

    private static bool IsConnected(IReadOnlyCollection<Activity> trace)
    {
        var ids = trace.Select(s => s.SpanId).ToHashSet();
        return trace.All(s => s.ParentSpanId == default || ids.Contains(s.ParentSpanId));
    }
}
