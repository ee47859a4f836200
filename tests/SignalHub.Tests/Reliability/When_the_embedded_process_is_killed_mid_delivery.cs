using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using SignalHub.Domain.Vocabulary;
using SignalHub.Ingestion;
using SignalHub.Tests.Fixtures;
using SignalHub.Tests.Reliability.Faults;
using static SignalHub.Tests.Fixtures.PartnerFiles;

namespace SignalHub.Tests.Reliability;

/// <summary>
/// The embedded default (SQLite + in-memory bus) as one real <c>signalhub serve</c> process, SIGKILLed in the middle of
/// a 20,000-row delivery and started again on the same database. Nothing the dead process published can still be in
/// flight, so the new one publishes what no consumer recorded at once: the partner's receipt completes in seconds.
/// </summary>
[Category("Reliability")]
[NonParallelizable]
public sealed class When_the_embedded_process_is_killed_mid_delivery
{
    private const int Rows = 20_000;

    /// <summary>
    /// The aim is 30 s (25 s measured on this 2-core machine while others worked, 34 to 50 s beside a parallel
    /// build); the test allows what a busy shared machine needs. It cannot pass the old way: the age threshold
    /// for publishing again is set to an hour, so only the start-up republish completes the delivery in time.
    /// </summary>
    private static readonly TimeSpan CompletesWithin = TimeSpan.FromSeconds(90);

    [Test]
    public async Task Should_complete_the_delivery_at_once_after_a_restart_with_every_row_stored_once()
    {
        using var installation = new CliInstallation();
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "sqlite",
            ["Storage:ConnectionString"] = $"Data Source={installation.DatabaseFile}",
            ["Bus:Transport"] = "inmemory",
            ["Bus:RepublishAfterSeconds"] = "3600",
        };
        Assert.That((await installation.RunAsync("migrate")).ExitCode, Is.Zero);
        var added = await installation.RunAsync("partner", "add", "--name", "Woonstichting Herstart", "--type", "housing", "--json");
        var apiKey = added.Json().GetProperty("apiKey").GetString()!;
        var period = DateTime.UtcNow.AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var file = Encoding.UTF8.GetBytes(Csv([.. Enumerable.Range(0, Rows).Select(RowOf)]));

        await using var killed = new SignalHubProcess(settings, "web,worker,scheduler", "embedded-killed");
        await killed.StartAsync();
        var first = await UploadAsync(killed, apiKey, period, file);
        Assert.That(first.Status, Is.EqualTo(HttpStatusCode.Accepted));
        var done = await WaitForFirstChunkAsync(installation, first.Receipt.DeliveryId);
        await killed.KillAsync();
        var atKill = await ProgressAsync(installation, first.Receipt.DeliveryId);
        TestContext.Out.WriteLine($"SIGKILL with {atKill.Done} of {atKill.Total} chunks done (first seen {done}), status {atKill.Status}");
        Assert.That(atKill.Status, Is.EqualTo(DeliveryStatus.Processing.ToCode()), "the kill came in the middle of the delivery");

        await using var restarted = new SignalHubProcess(settings, "web,worker,scheduler", "embedded-restarted");
        await restarted.StartAsync();
        var sinceReady = Stopwatch.StartNew();
        var again = await UploadAsync(restarted, apiKey, period, file);
        var answered = sinceReady.Elapsed;
        var completedAfter = await WaitForCompletionAsync(installation, first.Receipt.DeliveryId, sinceReady, CompletesWithin);

        var stored = await installation.ScalarAsync<long>("SELECT COUNT(*) FROM signals WHERE delivery_id = @Id", new { Id = first.Receipt.DeliveryId.ToString() });
        var distinct = await installation.ScalarAsync<long>("SELECT COUNT(DISTINCT reference) FROM signals WHERE delivery_id = @Id", new { Id = first.Receipt.DeliveryId.ToString() });
        var accepted = await installation.ScalarAsync<long>("SELECT rows_accepted FROM deliveries WHERE id = @Id", new { Id = first.Receipt.DeliveryId.ToString() });
        var deliveries = await installation.ScalarAsync<long>("SELECT COUNT(*) FROM deliveries");
        TestContext.Out.WriteLine($"after the restart: re-upload answered {again.Status} for {again.Receipt.DeliveryId}; answered {answered.TotalSeconds:0.0} s " +
            $"and completed {completedAfter?.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) ?? "not"} s after the restarted process was ready; rows stored {stored}, distinct references {distinct}, accepted {accepted}");
        Assert.Multiple(() =>
        {
            Assert.That(again.Status, Is.EqualTo(HttpStatusCode.OK), "the same file again is answered, not stored again");
            Assert.That(again.Receipt.DeliveryId, Is.EqualTo(first.Receipt.DeliveryId), "the earlier delivery answers");
            Assert.That(deliveries, Is.EqualTo(1));
            Assert.That(completedAfter, Is.Not.Null.And.LessThanOrEqualTo(CompletesWithin), $"completed within {CompletesWithin.TotalSeconds} s of the restart");
            Assert.That(restarted.Log, Does.Contain("outbox messages again at start-up"), "the restarted process published the lost messages at once");
            Assert.That((stored, distinct, accepted), Is.EqualTo(((long)Rows, (long)Rows, (long)Rows)), "every row stored once");
        });
    }

    /// <summary>20,000 people at 20,000 doors (one person at every door would be a different test: matching's worst case).</summary>
    private static string RowOf(int i) =>
        Row($"H-{i:D6}", "huur", $"Herstart{i}", (i % 40 + 1).ToString(CultureInfo.InvariantCulture), $"{1011 + i / 40 % 8900}AB",
            birthDate: $"{i % 28 + 1:D2}-{i / 28 % 12 + 1:D2}-{1940 + i / 336 % 60}");

    private static async Task<(HttpStatusCode Status, Receipt Receipt)> UploadAsync(SignalHubProcess process, string apiKey, string period, byte[] file)
    {
        using var client = new HttpClient { BaseAddress = process.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        using var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var response = await client.PostAsync(new Uri($"/api/v1/deliveries?period={period}", UriKind.Relative), content);
        var receipt = await response.Content.ReadFromJsonAsync<Receipt>() ?? throw new AssertionException("no receipt");
        return (response.StatusCode, receipt);
    }

    private static async Task<long> WaitForFirstChunkAsync(CliInstallation installation, Guid id)
    {
        var until = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < until)
        {
            var progress = await ProgressAsync(installation, id);
            if (progress.Done > 0 || progress.Status == DeliveryStatus.Completed.ToCode())
                return progress.Done;
            await Task.Delay(20);
        }
        throw new AssertionException("no chunk of the delivery was stored within 3 minutes");
    }

    /// <returns>When, on <paramref name="clock"/>, the delivery was seen completed; null when not within <paramref name="limit"/>.</returns>
    private static async Task<TimeSpan?> WaitForCompletionAsync(CliInstallation installation, Guid id, Stopwatch clock, TimeSpan limit)
    {
        while (clock.Elapsed <= limit)
        {
            if ((await ProgressAsync(installation, id)).Status == DeliveryStatus.Completed.ToCode())
                return clock.Elapsed;
            await Task.Delay(200);
        }
        return null;
    }

    private static async Task<(long Done, long Total, string Status)> ProgressAsync(CliInstallation installation, Guid id)
    {
        var args = new { Id = id.ToString() };
        return (await installation.ScalarAsync<long>("SELECT chunks_done FROM deliveries WHERE id = @Id", args),
            await installation.ScalarAsync<long>("SELECT chunk_count FROM deliveries WHERE id = @Id", args),
            await installation.ScalarAsync<string>("SELECT status FROM deliveries WHERE id = @Id", args) ?? "");
    }
}
