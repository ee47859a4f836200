using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using Dapper;

namespace SignalHub.Benchmarks;

/// <summary>What importing a generated month took: ingest (upload until stored) and end to end (until dispatched).</summary>
public sealed record ImportTimes(double IngestSeconds, double EndToEndSeconds, int Files, long RowsAccepted, long RowsRejected,
    IReadOnlyList<string> Problems, IReadOnlyList<Guid> DeliveryIds, IReadOnlyDictionary<Guid, string> ApiKeyOfDelivery);

/// <summary>
/// Sets up the installation from the generated reference files (partners, areas, SDV clients) with the CLI,
/// then uploads every file over the partner API in expected.json's order, each matched and dispatched
/// before the next (the routing the expected answer assumes depends on that order).
/// </summary>
public sealed class MonthImport(BenchmarkStack stack, GeneratedMonth month)
{
    private readonly Dictionary<string, string> _apiKeys = [];

    public async Task RegisterAsync()
    {
        foreach (var partner in month.Table("partners.csv"))
        {
            var output = await SignalHubProcess.RunAsync(stack.Settings, "partner", "add", "--name", partner["name"], "--type", partner["type"], "--json");
            using var json = JsonDocument.Parse(output);
            _apiKeys[partner["name"]] = json.RootElement.GetProperty("apiKey").GetString()!;
        }
        await SignalHubProcess.RunAsync(stack.Settings, "areas", "import", month.File("areas.csv"), "--json");
        await SignalHubProcess.RunAsync(stack.Settings, "sdv-clients", "import", month.File("sdv-clients.csv"), "--json");
    }

    public async Task<ImportTimes> UploadAllAsync(Uri baseAddress)
    {
        var (ingest, endToEnd, accepted, rejected) = (0.0, 0.0, 0L, 0L);
        var problems = new List<string>();
        var deliveries = new List<Guid>();
        var keys = new Dictionary<Guid, string>();
        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(30) };
        foreach (var (period, partner, file) in month.Imports)
        {
            var apiKey = _apiKeys[partner];
            var clock = Stopwatch.StartNew();
            var id = await PostAsync(http, apiKey, period, file);
            var receipt = await WaitForReceiptAsync(http, apiKey, id);
            ingest += clock.Elapsed.TotalSeconds;
            await WaitUntilIdleAsync();
            endToEnd += clock.Elapsed.TotalSeconds;
            deliveries.Add(id);
            keys[id] = apiKey;
            accepted += receipt.GetProperty("rowsAccepted").GetInt64();
            rejected += receipt.GetProperty("rowsRejected").GetInt64();
            if (receipt.GetProperty("status").GetString() != "completed" || receipt.GetProperty("rowsRejected").GetInt64() > 0)
                problems.Add($"{file}: {receipt.GetProperty("status").GetString()}, {receipt.GetProperty("rowsRejected").GetInt64()} rows rejected");
        }
        return new ImportTimes(ingest, endToEnd, month.Imports.Count, accepted, rejected, problems, deliveries, keys);
    }

    private async Task<Guid> PostAsync(HttpClient http, string apiKey, string period, string file)
    {
        await using var stream = File.OpenRead(month.File(file));
        using var content = new StreamContent(stream);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/deliveries?period={period}") { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"upload of {file} answered {(int)response.StatusCode}: {body}");
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("deliveryId").GetGuid();
    }

    private static async Task<JsonElement> WaitForReceiptAsync(HttpClient http, string apiKey, Guid id)
    {
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/deliveries/{id}");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
            using var response = await http.SendAsync(request);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var status = json.RootElement.GetProperty("status").GetString();
            if (status is "completed" or "rejected")
                return json.RootElement.Clone();
            await Task.Delay(50);
        }
    }

    /// <summary>Every outbox message has been handled by its consumer (as PipelineProgress decides it).</summary>
    private async Task WaitUntilIdleAsync()
    {
        var id = stack.Kind == StackKind.Sqlite ? "o.id" : "CAST(o.id AS varchar(36))";
        var sql = $"SELECT COUNT(*) FROM outbox o WHERE NOT EXISTS (SELECT 1 FROM inbox i WHERE i.message_key = {id})";
        var limit = Stopwatch.StartNew();
        while (true)
        {
            await using var connection = stack.Connect();
            if (await connection.ExecuteScalarAsync<long>(sql) == 0)
                return;
            if (limit.Elapsed > TimeSpan.FromHours(2))
                throw new TimeoutException("the pipeline did not become idle in two hours");
            await Task.Delay(50);
        }
    }
}
