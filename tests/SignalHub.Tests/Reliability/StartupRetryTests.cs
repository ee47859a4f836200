using System.Diagnostics;
using Npgsql;
using SignalHub.Tests.Fixtures;

namespace SignalHub.Tests.Reliability;

/// <summary>A process that starts before its database waits for it (Storage:StartupRetrySeconds), then migrates.</summary>
[Category("Reliability")]
public sealed class StartupRetryTests
{
    [Test]
    public async Task When_the_database_comes_up_late_Should_wait_and_start()
    {
        var (connectionString, drop) = await TestDatabases.CreatePostgresAsync();
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        await using var relay = new TcpRelay(target.Host!, target.Port);
        var late = new NpgsqlConnectionStringBuilder(connectionString) { Port = relay.Port, Timeout = 2 }.ConnectionString;
        try
        {
            var watch = Stopwatch.StartNew();
            var starting = SignalHubStack.StartAsync(StackKind.SqliteInMemory, Postgres(late, retrySeconds: 60));
            // Longer than the per-call transient retry (about 13 s), so only the start-up retry can carry this.
            await Task.Delay(TimeSpan.FromSeconds(20));
            relay.Restore();
            await using var stack = await starting;

            var migrations = await stack.CountAsync("SELECT COUNT(*) FROM schema_journal");
            TestContext.Out.WriteLine($"started after {watch.Elapsed.TotalSeconds:F1} s with {migrations} migrations");
            Assert.That(migrations, Is.GreaterThan(0));
            Assert.That(watch.Elapsed, Is.GreaterThan(TimeSpan.FromSeconds(20)));
        }
        finally
        {
            await drop();
        }
    }

    [Test]
    public async Task When_the_database_never_comes_Should_give_up_after_the_limit()
    {
        await using var relay = new TcpRelay("127.0.0.1", 1);
        var nowhere = $"Host=127.0.0.1;Port={relay.Port};Username=postgres;Database=none;Timeout=1";
        var watch = Stopwatch.StartNew();

        Assert.CatchAsync(async () => await SignalHubStack.StartAsync(StackKind.SqliteInMemory, Postgres(nowhere, retrySeconds: 2)));

        Assert.That(watch.Elapsed, Is.InRange(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(60)));
    }

    private static Dictionary<string, string?> Postgres(string connectionString, int retrySeconds)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "postgres",
            ["Storage:ConnectionString"] = connectionString,
            ["Storage:StartupRetrySeconds"] = retrySeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        TestKeys.AddTo(settings);
        return settings;
    }
}
