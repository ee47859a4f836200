using System.Diagnostics;
using System.Net.Http.Json;
using System.Security.Cryptography;
using SignalHub.Cli;
using SignalHub.Domain.Vocabulary;
using SignalHub.Hosting;
using SignalHub.Ingestion;
using SignalHub.Ingestion.Json;
using SignalHub.Ingestion.Reading;
using SignalHub.Storage;
using SignalHub.Tests.Fixtures;

namespace SignalHub.Tests.Ingestion.Json;

/// <summary>
/// A national month as JSON never sits whole in memory: the converter holds one buffer and one signal,
/// and the API streams the body to disk as canonical CSV. Live heap is measured after full collections.
/// </summary>
// Alone: the live heap it measures is the whole process's.
[NonParallelizable]
[Category("Slow")] // a million signals: left out of the quick tier (run-tests.sh --quick)
public sealed class JsonStreamingMemoryTests
{
    private const long HeapBound = 32L * 1024 * 1024;

    [Test]
    public async Task When_a_million_signal_body_is_converted_Should_keep_the_live_heap_far_below_the_body_size()
    {
        const int signals = 1_000_000;
        await using var body = new GeneratedJsonDeliveryStream(signals);
        var rows = new CountingWriter();
        var reader = new JsonDeliveryReader(body, rows, signals);
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var stopwatch = Stopwatch.StartNew();

        long peak;
        using (var sampler = new HeapSampler(baseline))
        {
            await reader.ReadAsync(CancellationToken.None);
            peak = sampler.Peak;
        }

        TestContext.Out.WriteLine($"{reader.SignalCount:N0} signals, {body.BodyLength:N0} bytes of JSON, {rows.Lines:N0} CSV lines " +
            $"converted in {stopwatch.Elapsed}; live heap peak {peak:N0} bytes over baseline");
        Assert.Multiple(() =>
        {
            Assert.That((reader.SignalCount, rows.Lines), Is.EqualTo((signals, signals)));
            Assert.That(body.BodyLength, Is.GreaterThan(4 * HeapBound), "the bound would not tell a streaming reader apart");
            Assert.That(peak, Is.LessThan(HeapBound));
        });
    }

    [Test]
    public async Task When_200000_signals_are_posted_as_json_Should_store_them_as_canonical_csv_without_holding_the_body()
    {
        const int signals = 200_000;
        // The web role alone: the delivery stays as stored, so the test reads back exactly what the workers would get.
        await using var stack = await SignalHubStack.StartAsync(StackKind.SqliteInMemory, roles: new HostRoles(Web: true, Worker: false, Scheduler: false));
        var (_, key) = await stack.RegisterAsync("Woonstichting Groot", "housing");
        using var client = stack.Client(key);
        await using var body = new GeneratedJsonDeliveryStream(signals);
        using var content = new StreamContent(body, 64 * 1024);
        content.Headers.ContentType = new("application/json");
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var stopwatch = Stopwatch.StartNew();

        long peak;
        Receipt? receipt;
        using (var sampler = new HeapSampler(baseline))
        {
            using var response = await client.PostAsync("/api/v1/deliveries?period=2026-11", content);
            Assert.That((int)response.StatusCode, Is.EqualTo(202), await response.Content.ReadAsStringAsync());
            receipt = await response.Content.ReadFromJsonAsync<Receipt>(JsonOutput.Options);
            peak = sampler.Peak;
        }
        var posted = stopwatch.Elapsed;
        var (rows, lastLine, lastReference) = await ReadStoredRowsAsync(stack, receipt!.DeliveryId);

        await using var again = new GeneratedJsonDeliveryStream(signals);
        TestContext.Out.WriteLine($"{signals:N0} signals, {body.BodyLength:N0} bytes of JSON: posted and stored in {posted}; " +
            $"live heap peak while posting {peak:N0} bytes over baseline");
        Assert.Multiple(() =>
        {
            Assert.That(receipt.Status, Is.EqualTo(DeliveryStatus.Received.ToCode()));
            Assert.That(receipt.Sha256, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(again))), "the hash of the JSON as sent");
            Assert.That((rows, lastLine, lastReference), Is.EqualTo((signals, signals + 1, "J0200000")));
            Assert.That(peak, Is.LessThan(HeapBound), "the body is streamed, not buffered");
        });
    }

    /// <summary>The stored canonical CSV, read as the split consumer reads it: valid rows, the last row's line and reference.</summary>
    private static async Task<(int Rows, int LastLine, string? LastReference)> ReadStoredRowsAsync(SignalHubStack stack, Guid deliveryId)
    {
        var path = Path.Combine(Path.GetTempPath(), $"signalhub-test-stored-{Guid.NewGuid():N}");
        await using var stored = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        Assert.That(await StoredFile.CopyToAsync(stack.Get<Database>(), deliveryId, stored, CancellationToken.None), Is.True);
        stored.Position = 0;
        var opened = PartnerFileReader.Open(stored);
        Assert.That(opened.IsOpen, () => string.Join("; ", opened.Errors.Select(e => e.Message)));
        var (rows, lastLine, lastReference) = (0, 0, (string?)null);
        foreach (var record in opened.Reader!.ReadRecords().Where(r => r.IsValid))
            (rows, lastLine, lastReference) = (rows + 1, record.StartLine, record[PartnerColumn.Reference]);
        return (rows, lastLine, lastReference);
    }

    /// <summary>Samples the live heap (after a full collection) every 200 ms on its own thread.</summary>
    private sealed class HeapSampler : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Thread _thread;
        private long _peak;

        public HeapSampler(long baseline)
        {
            _thread = new Thread(() =>
            {
                while (!_stop.Token.WaitHandle.WaitOne(200))
                    Interlocked.Exchange(ref _peak, Math.Max(Interlocked.Read(ref _peak), GC.GetTotalMemory(forceFullCollection: true) - baseline));
            }) { IsBackground = true };
            _thread.Start();
        }

        public long Peak => Interlocked.Read(ref _peak);

        public void Dispose()
        {
            _stop.Cancel();
            _thread.Join();
            _stop.Dispose();
        }
    }

    private sealed class CountingWriter : TextWriter
    {
        public long Lines { get; private set; }

        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value) => Lines += value == '\n' ? 1 : 0;

        public override void Write(ReadOnlySpan<char> buffer)
        {
        }
    }
}
