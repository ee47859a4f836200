using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using SignalHub.Storage;

namespace SignalHub.Tests.Storage;

/// <summary>A fresh, empty database for one test, dropped afterwards, and the storage objects over it.</summary>
internal sealed class ScratchDatabase : IAsyncDisposable
{
    private readonly Func<Task> _drop;

    private ScratchDatabase(string provider, string connectionString, Func<Task> drop)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _drop = drop;
    }

    public string Provider { get; }

    public string ConnectionString { get; }

    public static async Task<ScratchDatabase> CreateAsync(string provider) => provider switch
    {
        "sqlite" => Sqlite(),
        "postgres" => await PostgresAsync(),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "no scratch databases for this provider here"),
    };

    public static ScratchDatabase Sqlite()
    {
        var file = Path.Combine(Path.GetTempPath(), $"signalhub-test-{Guid.NewGuid():N}.db");
        return new ScratchDatabase("sqlite", $"Data Source={file}", () =>
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
            File.Delete(file + "-wal");
            File.Delete(file + "-shm");
            return Task.CompletedTask;
        });
    }

    /// <summary>A uniquely named database on the test server, so tests never see each other's schema.</summary>
    public static async Task<ScratchDatabase> PostgresAsync()
    {
        var server = RequiredService("SIGNALHUB_TEST_POSTGRES", "PostgreSQL");
        var name = $"signalhub_scratch_{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
            // A Dutch server's zone, so a time written without its UTC kind shows up as shifted.
            await using var zone = new NpgsqlCommand($"ALTER DATABASE {name} SET timezone TO 'Europe/Amsterdam'", admin);
            await zone.ExecuteNonQueryAsync();
        }
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        return new ScratchDatabase("postgres", connectionString, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(server);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        });
    }

    /// <summary>A uniquely named database on the SQL Server of <paramref name="server"/> (the login needs CREATE DATABASE).</summary>
    public static async Task<ScratchDatabase> SqlServerAsync(string server)
    {
        var name = $"signalhub_scratch_{Guid.NewGuid():N}";
        await using (var admin = new SqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = new SqlCommand($"CREATE DATABASE [{name}]", admin);
            await create.ExecuteNonQueryAsync();
        }
        var connectionString = new SqlConnectionStringBuilder(server) { InitialCatalog = name }.ConnectionString;
        return new ScratchDatabase("sqlserver", connectionString, async () =>
        {
            SqlConnection.ClearAllPools();
            await using var admin = new SqlConnection(server);
            await admin.OpenAsync();
            await using var drop = new SqlCommand($"ALTER DATABASE [{name}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{name}]", admin);
            await drop.ExecuteNonQueryAsync();
        });
    }

    /// <summary>A service's address from the environment; without it the test is skipped, or fails when services are required.</summary>
    public static string RequiredService(string variable, string service)
    {
        var value = Environment.GetEnvironmentVariable(variable);
        if (!string.IsNullOrWhiteSpace(value))
            return value;
        var reason = $"{variable} not set: {service} is not available (deploy/local/services.sh starts it)";
        if (Environment.GetEnvironmentVariable("SIGNALHUB_TEST_REQUIRE_SERVICES") == "1")
            Assert.Fail(reason);
        Assert.Ignore(reason);
        return "";
    }

    public Database Database() => For(Provider, ConnectionString);

    public MigrationRunner Runner() => new(Database(), TimeProvider.System, NullLogger<MigrationRunner>.Instance);

    public static Database For(string provider, string connectionString)
    {
        DapperTypeHandlers.Register();
        var dialect = StorageRegistration.DialectFor(provider);
        var options = Options.Create(new StorageOptions { Provider = provider, ConnectionString = connectionString });
        return new Database(dialect, options, new TransientRetry(dialect, NullLogger<TransientRetry>.Instance));
    }

    public ValueTask DisposeAsync() => new(_drop());
}
