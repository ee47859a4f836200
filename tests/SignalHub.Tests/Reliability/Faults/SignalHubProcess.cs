using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace SignalHub.Tests.Reliability.Faults;

/// <summary>
/// A real <c>signalhub serve --roles ...</c> process, as a deployment runs it, so a test can SIGKILL it.
/// Its output goes to a log file that a failing test prints.
/// </summary>
public sealed class SignalHubProcess : IAsyncDisposable
{
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly string _roles;
    private readonly string _log;
    private Process? _process;

    public SignalHubProcess(IReadOnlyDictionary<string, string?> settings, string roles, string name)
    {
        _settings = settings;
        _roles = roles;
        Name = name;
        _log = Path.Combine(Path.GetTempPath(), $"signalhub-{name}-{Guid.NewGuid():N}.log");
    }

    public string Name { get; }

    public Uri? BaseAddress { get; private set; }

    public int? ProcessId => _process?.Id;

    public string Log => File.Exists(_log) ? File.ReadAllText(_log) : "";

    /// <summary>Starts the process and waits until <c>/health/ready</c> answers 200.</summary>
    public async Task StartAsync()
    {
        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        var start = new ProcessStartInfo("bash") { WorkingDirectory = Path.GetTempPath() };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec dotnet \"$0\" serve --roles \"$1\" --urls \"$2\" >>\"$3\" 2>&1");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "signalhub.dll"));
        start.ArgumentList.Add(_roles);
        start.ArgumentList.Add(BaseAddress.ToString().TrimEnd('/'));
        start.ArgumentList.Add(_log);
        foreach (var (key, value) in _settings)
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__SignalHub"] = "Information";
        _process = Process.Start(start)!;
        await WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
    }

    /// <summary>SIGKILL: no shutdown, no finishing in-flight work, as when the machine loses power.</summary>
    public async Task KillAsync()
    {
        if (_process is null || _process.HasExited)
            return;
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    /// <summary>SIGTERM and wait: a graceful stop.</summary>
    public async Task StopAsync()
    {
        if (_process is null || _process.HasExited)
            return;
        using var term = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]);
        await term.WaitForExitAsync();
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(45));
        try
        {
            await _process.WaitForExitAsync(grace.Token);
        }
        catch (OperationCanceledException)
        {
            await KillAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process?.Dispose();
        if (TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Failed)
            TestContext.Out.WriteLine($"----- last lines of {Name} -----\n{string.Join('\n', Log.Split('\n').TakeLast(40))}");
        File.Delete(_log);
    }

    private async Task WaitUntilReadyAsync(TimeSpan limit)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var until = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < until)
        {
            if (_process!.HasExited)
                Assert.Fail($"{Name} exited with {_process.ExitCode} while starting:\n{Log}");
            try
            {
                using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }
            await Task.Delay(250);
        }
        Assert.Fail($"{Name} was not ready within {limit.TotalSeconds} s:\n{Log}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
