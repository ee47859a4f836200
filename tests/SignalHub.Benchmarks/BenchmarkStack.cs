using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace SignalHub.Benchmarks;

/// <summary>
/// A fresh installation for one scenario: its own SQLite file, or its own PostgreSQL database and queue
/// prefix on the shared servers (<c>SIGNALHUB_TEST_POSTGRES</c>, <c>SIGNALHUB_TEST_RABBITMQ</c>), dropped afterwards.
/// </summary>
public sealed class BenchmarkStack : IAsyncDisposable
{
    private readonly Func<Task> _drop;

    private BenchmarkStack(StackKind kind, Dictionary<string, string> settings, Func<DbConnection> connect, Func<Task> drop)
    {
        Kind = kind;
        Settings = settings;
        Connect = connect;
        _drop = drop;
    }

    public StackKind Kind { get; }

    /// <summary>Configuration keys (<c>Storage:Provider</c> ...) every signalhub process of this installation gets.</summary>
    public Dictionary<string, string> Settings { get; }

    /// <summary>A connection to the installation's database, for the benchmark's own checks.</summary>
    public Func<DbConnection> Connect { get; }

    public static string AdminPostgres => Environment.GetEnvironmentVariable("SIGNALHUB_TEST_POSTGRES")
        ?? throw new InvalidOperationException("SIGNALHUB_TEST_POSTGRES is not set: eval \"$(bash deploy/local/services.sh env)\"");

    public static async Task<BenchmarkStack> CreateAsync(StackKind kind)
    {
        var common = new Dictionary<string, string>
        {
            // The receipt API is measured under load; the partner rate limit would answer 429 instead.
            ["PartnerApi:PermitLimit"] = "1000000",
            ["Host:Roles"] = "all",
        };
        return kind == StackKind.Sqlite ? Sqlite(common) : await PostgresAsync(common);
    }

    private static BenchmarkStack Sqlite(Dictionary<string, string> settings)
    {
        var file = Path.Combine(Path.GetTempPath(), $"signalhub-bench-{Guid.NewGuid():N}.db");
        settings["Storage:Provider"] = "sqlite";
        settings["Storage:ConnectionString"] = $"Data Source={file}";
        settings["Bus:Transport"] = "inmemory";
        return new BenchmarkStack(StackKind.Sqlite, settings, () => new SqliteConnection($"Data Source={file}"), () =>
        {
            SqliteConnection.ClearAllPools();
            foreach (var path in new[] { file, file + "-wal", file + "-shm", file + ".keys.json" })
                File.Delete(path);
            return Task.CompletedTask;
        });
    }

    private static async Task<BenchmarkStack> PostgresAsync(Dictionary<string, string> settings)
    {
        var name = $"signalhub_bench_{Guid.NewGuid():N}";
        await AdminAsync($"CREATE DATABASE {name}");
        var connectionString = new NpgsqlConnectionStringBuilder(AdminPostgres) { Database = name, Timeout = 60, CommandTimeout = 600 }.ConnectionString;
        var amqp = new Uri(Environment.GetEnvironmentVariable("SIGNALHUB_TEST_RABBITMQ")
            ?? throw new InvalidOperationException("SIGNALHUB_TEST_RABBITMQ is not set"));
        var user = amqp.UserInfo.Split(':');
        settings["Storage:Provider"] = "postgres";
        settings["Storage:ConnectionString"] = connectionString;
        settings["Bus:Transport"] = "rabbitmq";
        settings["Bus:Host"] = amqp.Host;
        settings["Bus:Port"] = amqp.Port.ToString(CultureInfo.InvariantCulture);
        settings["Bus:Username"] = Uri.UnescapeDataString(user[0]);
        settings["Bus:Password"] = Uri.UnescapeDataString(user[1]);
        settings["Bus:QueuePrefix"] = $"b{Guid.NewGuid():N}"[..12];
        // A server database gets no key file: fresh keys per run.
        settings["Encryption:Keys:bench1"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        settings["Encryption:ActiveKeyId"] = "bench1";
        settings["Encryption:HashKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        return new BenchmarkStack(StackKind.PostgresRabbitMq, settings, () => new NpgsqlConnection(connectionString), async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await AdminAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        });
    }

    private static async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(AdminPostgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Environment.GetEnvironmentVariable("SIGNALHUB_BENCH_KEEP") != "1")
            await _drop();
    }
}
