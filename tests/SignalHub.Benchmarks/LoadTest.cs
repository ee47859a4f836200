using System.Diagnostics;
using System.Net.Http.Headers;

namespace SignalHub.Benchmarks;

/// <summary>Latency percentiles (ms) and throughput of one endpoint under a fixed number of concurrent clients.</summary>
public sealed record LoadResult(string Target, int Clients, int ThinkMs, double Seconds, int Requests, int Failures,
    double P50Ms, double P95Ms, double P99Ms, double RequestsPerSecond)
{
    public string Users => ThinkMs == 0 ? $"{Clients} clients without pause" : $"{Clients} users pausing {ThinkMs} ms";
}

/// <summary>
/// A closed-loop load: each of <c>clients</c> simulated users sends its next request when the previous one
/// answered and it has paused <c>think</c> (a person reading the page; zero measures the machine's capacity),
/// for a fixed time, over one shared HttpClient (as a browser farm behind one proxy would).
/// </summary>
public static class LoadTest
{
    public static async Task<LoadResult> RunAsync(Uri baseAddress, string name, Func<int, HttpRequestMessage> request, int clients, TimeSpan duration,
        TimeSpan think = default)
    {
        // A redirect (to the sign-in page, say) is a failure, not a fast answer.
        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(10), AllowAutoRedirect = false, UseCookies = false,
        };
        using var http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        // Warm up: the first requests compile views and fill pools; they are not measured.
        for (var i = 0; i < 3; i++)
        {
            using var warm = await http.SendAsync(request(i));
            if (!warm.IsSuccessStatusCode)
                throw new InvalidOperationException($"{name}: the warm-up request answered {(int)warm.StatusCode} {warm.Headers.Location}");
            await warm.Content.ReadAsByteArrayAsync();
        }
        var latencies = new List<double>[clients];
        var failures = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async client =>
        {
            var mine = latencies[client] = [];
            var n = client;
            if (think > TimeSpan.Zero)
                await Task.Delay(think * client / clients); // Users arrive spread over one pause, not all at once.
            while (clock.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.SendAsync(request(n), HttpCompletionOption.ResponseContentRead);
                    if (!response.IsSuccessStatusCode)
                        Interlocked.Increment(ref failures);
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref failures);
                }
                catch (TaskCanceledException)
                {
                    Interlocked.Increment(ref failures);
                }
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                n += clients;
                if (think > TimeSpan.Zero)
                    await Task.Delay(think);
            }
        }));
        var seconds = clock.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new LoadResult(name, clients, (int)think.TotalMilliseconds, Math.Round(seconds, 1), all.Length, failures,
            Percentile(all, 0.50), Percentile(all, 0.95), Percentile(all, 0.99), Math.Round(all.Length / seconds, 1));
    }

    public static HttpRequestMessage Get(string path, string? apiKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (apiKey is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        return request;
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : Math.Round(sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)], 1);
}
