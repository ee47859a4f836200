using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;

namespace SignalHub.Benchmarks;

/// <summary>
/// The real <c>signalhub</c> executable as its own process, configured through environment variables as an
/// operator would: <c>serve</c> on a free loopback port, or one CLI command that runs to its end.
/// </summary>
public sealed class SignalHubProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Task<string> _stderr;

    private SignalHubProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        _stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
    }

    public Uri BaseAddress { get; }

    public int Id => _process.Id;

    public static string Executable => Path.Combine(AppContext.BaseDirectory, "signalhub.dll");

    public static async Task<SignalHubProcess> ServeAsync(IReadOnlyDictionary<string, string> settings, string roles)
    {
        var port = FreePort();
        var process = Process.Start(Start(settings, "serve", "--roles", roles, "--urls", $"http://127.0.0.1:{port}"))!;
        var served = new SignalHubProcess(process, new Uri($"http://127.0.0.1:{port}"));
        using var http = new HttpClient { BaseAddress = served.BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"signalhub serve exited with {process.ExitCode}: {await served._stderr}");
            try
            {
                using var response = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                    return served;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(200);
        }
        throw new TimeoutException("signalhub serve did not become ready in two minutes");
    }

    /// <summary>One CLI command; its standard output, or an exception with its standard error.</summary>
    public static async Task<string> RunAsync(IReadOnlyDictionary<string, string> settings, params string[] args)
    {
        using var process = Process.Start(Start(settings, args))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0
            ? await stdout
            : throw new InvalidOperationException($"signalhub {string.Join(' ', args)} exited with {process.ExitCode}: {await stderr}{await stdout}");
    }

    /// <summary>The process's peak resident set (VmHWM), in MB; read before it stops.</summary>
    public double PeakMemoryMb()
    {
        var status = File.ReadAllLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        var kb = long.Parse(status.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        return Math.Round(kb / 1024.0, 1);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private static ProcessStartInfo Start(IReadOnlyDictionary<string, string> settings, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(Executable);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        foreach (var (key, value) in settings)
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        return start;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
