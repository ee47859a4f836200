using System.Net.Http.Headers;
using System.Net.Http.Json;
using Dapper;
using SignalHub.Cli;
using SignalHub.Domain.Vocabulary;
using SignalHub.Hosting;
using SignalHub.Ingestion;
using SignalHub.Messaging;
using SignalHub.Storage;
using SignalHub.Tests.Fixtures;
using SignalHub.Tests.Synthetic;

namespace SignalHub.Tests.Reliability.Faults;

/// <summary>
/// A generated month taken in by a web process (in the test) and real worker processes on the private
/// services, in the order expected.json names. A scenario's fault runs while one import is in flight.
/// </summary>
public sealed class FaultMonth : IAsyncDisposable
{
    private readonly GeneratedFolder _folder;
    private readonly Dictionary<string, string> _apiKeys = [];
    private readonly List<Guid> _deliveries = [];

    private FaultMonth(GeneratedFolder folder, SignalHubStack web, Dictionary<string, string?> settings)
    {
        _folder = folder;
        Web = web;
        Settings = settings;
    }

    public SignalHubStack Web { get; }

    public Dictionary<string, string?> Settings { get; }

    public IReadOnlyList<Guid> Deliveries => _deliveries;

    internal ExpectedPeriod Expected => _folder.Expected.Periods.Single();

    /// <summary>Small chunks, so a fault lands in the middle of a delivery rather than between two.</summary>
    public static async Task<FaultMonth> PrepareAsync(PrivateServices services, int signals, int chunkRecords = 250)
    {
        var settings = await services.NewInstallationAsync();
        settings["Ingestion:ChunkRecords"] = chunkRecords.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Bus:RetryLimit"] = "8";
        var folder = GeneratedFolder.Generate(seed: 11, signals: signals, months: 1, messyRate: 0.15);
        var web = await SignalHubStack.StartAsync(StackKind.SqliteInMemory, settings, roles: new HostRoles(Web: true, Worker: false, Scheduler: false));
        var month = new FaultMonth(folder, web, settings);
        foreach (var partner in folder.Table("partners.csv"))
            month._apiKeys[partner["name"]] = (await web.RegisterAsync(partner["name"], partner["type"])).ApiKey;
        foreach (var area in folder.Table("areas.csv"))
            await web.AddAreaAsync(area["postcode_from"], area["postcode_to"], area["team"]);
        return month;
    }

    public SignalHubProcess Worker(string name, string roles = "worker") => new(Settings, roles, name);

    /// <summary>
    /// Uploads every file in order and waits for each to be done; <paramref name="fault"/> runs once, right
    /// after the upload of the import at <paramref name="faultAt"/>, while its chunks are being processed.
    /// </summary>
    public async Task ImportAllAsync(int faultAt = -1, Func<Guid, Task>? fault = null)
    {
        var imports = Expected.Imports;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < imports.Count; i++)
        {
            var id = await UploadAsync(imports[i]);
            _deliveries.Add(id);
            if (i == faultAt && fault is not null)
                await fault(id);
            await WaitUntilDoneAsync(id, TimeSpan.FromMinutes(8));
        }
        TestContext.Out.WriteLine($"{imports.Count} files, {Expected.Total("rows")} rows imported, matched and dispatched in {clock.Elapsed.TotalSeconds:0} s");
    }

    public async Task<long> CountAsync(string sql, object? args = null)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                return await Web.CountAsync(sql, args);
            }
            catch (Npgsql.NpgsqlException) when (DateTime.UtcNow < until)
            {
                await Task.Delay(500); // the database is being restarted by the scenario
            }
        }
    }

    /// <summary>Waits until the count reaches <paramref name="atLeast"/>: the moment a fault should strike.</summary>
    public async Task WaitForAsync(string sql, object args, long atLeast)
    {
        var until = DateTime.UtcNow.AddMinutes(2);
        while (await CountAsync(sql, args) < atLeast)
        {
            if (DateTime.UtcNow > until)
                Assert.Fail($"waited 2 minutes for {atLeast} of: {sql}");
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Web.DisposeAsync();
        _folder.Dispose();
    }

    /// <summary>The references of one file of the month, in file order.</summary>
    public IReadOnlyList<string> References(int import) =>
        [.. _folder.Rows(Expected.Imports[import].File).Select(r => r.Reference!.Trim())];

    public Task<Guid> UploadAsync(int import) => UploadAsync(Expected.Imports[import]);

    private async Task<Guid> UploadAsync(ExpectedImport import)
    {
        using var client = Web.Client(_apiKeys[import.Partner]);
        using var content = new ByteArrayContent(await File.ReadAllBytesAsync(_folder.File(import.File)));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var response = await client.PostAsync(new Uri($"/api/v1/deliveries?period={Expected.Period}", UriKind.Relative), content);
        Assert.That((int)response.StatusCode, Is.AnyOf(200, 202), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Receipt>(JsonOutput.Options))!.DeliveryId;
    }

    private async Task WaitUntilDoneAsync(Guid deliveryId, TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < until)
        {
            try
            {
                var status = await Web.Get<Database>().ReadAsync(c => c.ExecuteScalarAsync<string>(
                    "SELECT status FROM deliveries WHERE id = @Id", new { Id = deliveryId }), CancellationToken.None);
                if (DeliveryStatuses.IsFinal(status!) && await Web.Get<PipelineProgress>().UnhandledAsync(CancellationToken.None) == 0)
                    return;
            }
            catch (Npgsql.NpgsqlException)
            {
                // The database is being restarted by the scenario: ask again.
            }
            await Task.Delay(200);
        }
        Assert.Fail($"delivery {deliveryId} and its work were not done within {limit.TotalMinutes} minutes");
    }
}
