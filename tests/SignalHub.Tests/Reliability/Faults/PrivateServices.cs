using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using SignalHub.Tests.Fixtures;

namespace SignalHub.Tests.Reliability.Faults;

/// <summary>
/// A PostgreSQL cluster and a RabbitMQ node of the tests' own, started by deploy/local/services.sh in a
/// temp folder on free ports, so a test may stop and start them without touching the shared servers.
/// </summary>
public sealed class PrivateServices : IAsyncDisposable
{
    private readonly string _script;
    private readonly Dictionary<string, string> _environment;

    private PrivateServices(string script, string folder, int postgresPort, int amqpPort, Dictionary<string, string> environment)
    {
        _script = script;
        Folder = folder;
        PostgresPort = postgresPort;
        AmqpPort = amqpPort;
        _environment = environment;
    }

    public string Folder { get; }

    public int PostgresPort { get; }

    public int AmqpPort { get; }

    public string AdminConnectionString =>
        $"Host=127.0.0.1;Port={PostgresPort};Username=postgres;Database=postgres;Timeout=15;Include Error Detail=true";

    public static async Task<PrivateServices> StartAsync()
    {
        var script = Environment.GetEnvironmentVariable("SIGNALHUB_SERVICES_SCRIPT") ?? FindScript();
        if (!File.Exists("/usr/lib/postgresql/15/bin/initdb") || !File.Exists("/usr/lib/rabbitmq/bin/rabbitmq-server"))
        {
            const string missing = "PostgreSQL 15 or RabbitMQ is not installed: run 'bash deploy/local/services.sh install'";
            if (Fixtures.TestServices.Required)
                Assert.Fail(missing);
            Assert.Ignore(missing);
        }
        var folder = Path.Combine(Path.GetTempPath(), $"signalhub-faults-{Guid.NewGuid():N}"[..28]);
        Directory.CreateDirectory(folder);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(folder, (UnixFileMode)0b111_101_101); // the postgres user must enter it
        var ports = FreePorts(5);
        var node = $"faults{ports[1]}@localhost";
        var environment = new Dictionary<string, string>
        {
            ["SIGNALHUB_SERVICES_DIR"] = folder,
            ["SIGNALHUB_POSTGRES_PORT"] = Text(ports[0]),
            ["SIGNALHUB_RABBITMQ_PORT"] = Text(ports[1]),
            ["SIGNALHUB_RABBITMQ_DIST_PORT"] = Text(ports[2]),
            ["SIGNALHUB_EPMD_PORT"] = Text(ports[3]),
            ["SIGNALHUB_RABBITMQ_NODE"] = node,
        };
        var services = new PrivateServices(script, folder, ports[0], ports[1], environment);
        await services.RunAsync("start");
        return services;
    }

    /// <summary>Settings for one SignalHub installation: a fresh database and a queue prefix of its own.</summary>
    public async Task<Dictionary<string, string?>> NewInstallationAsync()
    {
        var database = $"signalhub_f_{Guid.NewGuid():N}"[..24];
        // Unpooled: a pooled connection may date from before a scenario restarted the server.
        await using (var connection = new NpgsqlConnection(AdminConnectionString + ";Pooling=false"))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", connection);
            await create.ExecuteNonQueryAsync();
        }
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "postgres",
            ["Storage:ConnectionString"] = new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database }.ConnectionString,
            ["Bus:Transport"] = "rabbitmq",
            ["Bus:Host"] = "127.0.0.1",
            ["Bus:Port"] = Text(AmqpPort),
            ["Bus:QueuePrefix"] = $"f{Guid.NewGuid():N}"[..12],
        };
        TestKeys.AddTo(settings);
        return settings;
    }

    public Task StopRabbitMqAsync() => RunAsync("stop-rabbitmq");

    public Task StartRabbitMqAsync() => RunAsync("start-rabbitmq");

    public Task StopPostgresAsync() => RunAsync("stop-postgres");

    public Task StartPostgresAsync() => RunAsync("start-postgres");

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await RunAsync("clean");
        Directory.Delete(Folder, recursive: true);
    }

    private async Task RunAsync(string command)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(_script);
        start.ArgumentList.Add(command);
        foreach (var (key, value) in _environment)
            start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        TestContext.Progress.WriteLine((await stdout).TrimEnd());
        if (process.ExitCode != 0)
            Assert.Fail($"services.sh {command} failed ({process.ExitCode}): {await stdout}\n{await stderr}");
    }

    private static string FindScript()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "deploy", "local", "services.sh");
            if (File.Exists(candidate))
                return candidate;
        }
        throw new FileNotFoundException("deploy/local/services.sh not found above the test folder");
    }

    /// <summary>Ports the system hands out now; they stay free long enough for the servers to take them.</summary>
    private static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        listeners.ForEach(l => l.Start());
        var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        listeners.ForEach(l => l.Stop());
        return ports;
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
