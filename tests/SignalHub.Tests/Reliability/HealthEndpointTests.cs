using System.Net;
using System.Text.Json;
using Npgsql;
using SignalHub.Hosting;
using SignalHub.Tests.Fixtures;

namespace SignalHub.Tests.Reliability;

/// <summary>What a load balancer or orchestrator asks a SignalHub process: is it up, and can it work.</summary>
public sealed class HealthEndpointTests
{
    [TestCase(StackKind.SqliteInMemory)]
    [TestCase(StackKind.PostgresRabbitMq)]
    public async Task When_database_and_bus_answer_Should_report_live_and_ready(StackKind kind)
    {
        await using var stack = await SignalHubStack.StartAsync(kind);
        using var client = stack.Client();

        var (liveStatus, live) = await GetAsync(client, "/health/live");
        var (readyStatus, ready) = await GetAsync(client, "/health/ready");

        var checks = ready.GetProperty("checks").EnumerateArray().Select(c => (Name: c.GetProperty("name").GetString()!, Status: c.GetProperty("status").GetString())).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(liveStatus, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(live.GetProperty("status").GetString(), Is.EqualTo("Healthy"));
            Assert.That(readyStatus, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(checks.Select(c => c.Name), Does.Contain("database"));
            Assert.That(checks.Any(c => c.Name.Contains("masstransit", StringComparison.OrdinalIgnoreCase)), Is.True, "the bus's own check is included: " + string.Join(", ", checks.Select(c => c.Name)));
            Assert.That(checks.Select(c => c.Status), Is.All.EqualTo("Healthy"));
        });
    }

    [Test]
    public async Task When_the_database_is_gone_Should_stay_live_but_not_ready()
    {
        // Web and worker only: a clustered Quartz scheduler whose database is dropped under it retries releasing its
        // acquired trigger for ever at shutdown, which would hang the test's dispose (the scheduler's own fault handling is
        // the reliability tests' subject, not the health endpoints').
        await using var stack = await SignalHubStack.StartAsync(StackKind.PostgresRabbitMq, roles: new HostRoles(Web: true, Worker: true, Scheduler: false));
        using var client = stack.Client();
        await DropDatabaseAsync(stack.Settings["Storage:ConnectionString"]!);

        var (liveStatus, _) = await GetAsync(client, "/health/live");
        var (readyStatus, ready) = await GetAsync(client, "/health/ready");

        var database = ready.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "database");
        Assert.Multiple(() =>
        {
            Assert.That(liveStatus, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(readyStatus, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(database.GetProperty("status").GetString(), Is.EqualTo("Unhealthy"));
        });
    }

    [Test]
    public async Task A_worker_only_process_answers_health_too()
    {
        await using var web = await SignalHubStack.StartAsync(StackKind.SqliteInMemory);
        await using var worker = await web.StartSiblingAsync(HostRoles.Processing);
        using var client = worker.Client();

        var (status, _) = await GetAsync(client, "/health/ready");

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
    }

    private static async Task<(HttpStatusCode, JsonElement)> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return (response.StatusCode, json);
    }

    private static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(TestServices.RequirePostgres());
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE {name} WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
