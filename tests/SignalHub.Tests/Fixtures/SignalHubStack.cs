using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using SignalHub.Hosting;

namespace SignalHub.Tests.Fixtures;

/// <summary>
/// One real SignalHub process in the test: Kestrel on a free loopback port, its own fresh database and its
/// own queue names, on SQLite + in-memory bus or PostgreSQL + RabbitMQ.
/// </summary>
public sealed class SignalHubStack : IAsyncDisposable
{
    private readonly Func<Task> _cleanup;

    private SignalHubStack(WebApplication app, IReadOnlyDictionary<string, string?> settings, Func<Task> cleanup)
    {
        App = app;
        Settings = settings;
        _cleanup = cleanup;
        BaseAddress = new Uri(app.Urls.First());
    }

    public WebApplication App { get; }

    public IServiceProvider Services => App.Services;

    /// <summary>The configuration that points another process (the CLI) at the same database and broker.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; }

    public Uri BaseAddress { get; }

    public T Get<T>() where T : notnull => App.Services.GetRequiredService<T>();

    public HttpClient Client(string? apiKey = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        if (apiKey is not null)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        return client;
    }

    public static async Task<SignalHubStack> StartAsync(StackKind kind, IDictionary<string, string?>? extra = null,
        Action<IHostApplicationBuilder>? configure = null, HostRoles? roles = null)
    {
        var (settings, cleanup) = kind switch
        {
            StackKind.SqliteInMemory => Sqlite(),
            StackKind.PostgresRabbitMq => await PostgresRabbitMqAsync(),
            _ => await SqlServerAsync(),
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
            settings[key] = value;
        return await StartAsync(settings, cleanup, configure, roles ?? HostRoles.All);
    }

    /// <summary>A second process on the same database and broker, with its own roles.</summary>
    public Task<SignalHubStack> StartSiblingAsync(HostRoles roles) =>
        StartAsync(new Dictionary<string, string?>(Settings), () => Task.CompletedTask, null, roles);

    private static async Task<SignalHubStack> StartAsync(Dictionary<string, string?> settings, Func<Task> cleanup,
        Action<IHostApplicationBuilder>? configure, HostRoles roles)
    {
        var app = SignalHubHost.BuildWeb([], roles, Program.Compose, Program.MapEndpoints, builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings);
            builder.Configuration["urls"] = "http://127.0.0.1:0";
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            configure?.Invoke(builder);
        });
        await app.StartAsync();
        return new SignalHubStack(app, settings, cleanup);
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        await _cleanup();
    }

    private static (Dictionary<string, string?>, Func<Task>) Sqlite()
    {
        var file = Path.Combine(Path.GetTempPath(), $"signalhub-test-{Guid.NewGuid():N}.db");
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "sqlite",
            ["Storage:ConnectionString"] = $"Data Source={file}",
            ["Bus:Transport"] = "inmemory",
        };
        return (settings, () =>
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var path in new[] { file, file + "-wal", file + "-shm", file + ".keys.json" })
                File.Delete(path);
            return Task.CompletedTask;
        });
    }

    private static async Task<(Dictionary<string, string?>, Func<Task>)> SqlServerAsync()
    {
        var (connectionString, drop) = await TestDatabases.CreateSqlServerAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "sqlserver",
            ["Storage:ConnectionString"] = connectionString,
            ["Bus:Transport"] = "inmemory",
        };
        TestKeys.AddTo(settings);
        return (settings, drop);
    }

    private static async Task<(Dictionary<string, string?>, Func<Task>)> PostgresRabbitMqAsync()
    {
        var (connectionString, drop) = await TestDatabases.CreatePostgresAsync();
        var amqp = new Uri(TestServices.RequireRabbitMq());
        var user = amqp.UserInfo.Split(':');
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "postgres",
            ["Storage:ConnectionString"] = connectionString,
            ["Bus:Transport"] = "rabbitmq",
            ["Bus:Host"] = amqp.Host,
            ["Bus:Port"] = amqp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Bus:Username"] = Uri.UnescapeDataString(user[0]),
            ["Bus:Password"] = Uri.UnescapeDataString(user[1]),
            ["Bus:QueuePrefix"] = $"t{Guid.NewGuid():N}"[..12],
        };
        TestKeys.AddTo(settings);
        return (settings, drop);
    }
}

/// <summary>Fresh, uniquely named databases on the test servers, dropped after use.</summary>
public static class TestDatabases
{
    public static async Task<(string ConnectionString, Func<Task> Drop)> CreateSqlServerAsync()
    {
        var server = TestServices.SqlServer;
        if (server is null)
            Assert.Ignore("SIGNALHUB_TEST_SQLSERVER is not set: SQL Server is checked by parsing only");
        var name = $"signalhub_t_{Guid.NewGuid():N}";
        await using (var connection = new Microsoft.Data.SqlClient.SqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new Microsoft.Data.SqlClient.SqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }
        var connectionString = new Microsoft.Data.SqlClient.SqlConnectionStringBuilder(server) { InitialCatalog = name }.ConnectionString;
        return (connectionString, async () =>
        {
            Microsoft.Data.SqlClient.SqlConnection.ClearAllPools();
            await using var connection = new Microsoft.Data.SqlClient.SqlConnection(server);
            await connection.OpenAsync();
            await using var drop = new Microsoft.Data.SqlClient.SqlCommand(
                $"ALTER DATABASE {name} SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE {name}", connection);
            await drop.ExecuteNonQueryAsync();
        });
    }

    public static async Task<(string ConnectionString, Func<Task> Drop)> CreatePostgresAsync()
    {
        var admin = TestServices.RequirePostgres();
        var name = $"signalhub_t_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }
        var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
        return (connectionString, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(admin);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        });
    }
}
