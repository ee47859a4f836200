using System.Globalization;
using System.Text.Json;

namespace SignalHub.Benchmarks;

/// <summary>Every scenario and baseline of one run: printed as a table with the ratios, saved as JSON.</summary>
public sealed class BenchmarkReport(BenchmarkOptions options)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
    private readonly string _started = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);

    public List<ScenarioResult> Scenarios { get; } = [];

    public Dictionary<int, BaselineTimes> Baselines { get; } = [];

    public bool AllCorrect => Scenarios.All(s => s.Correctness.IsCorrect && s.ImportProblems.Count == 0);

    public IEnumerable<string> Targets()
    {
        foreach (var s in Scenarios)
        {
            yield return Check($"{s.Stack} {s.Signals:N0}: peak memory {s.PeakMemoryMb:F0} MB < 400 MB", s.PeakMemoryMb < 400);
            if (s.Stack == ScenarioRunner.Name(StackKind.PostgresRabbitMq) && Baselines.TryGetValue(s.Signals, out var floor))
                yield return Check($"{s.Stack} {s.Signals:N0}: end to end / (COPY + GROUP BY) = {s.EndToEndSeconds / floor.TotalSeconds:F1} (target <= 3 at 1,000,000)",
                    s.EndToEndSeconds <= 3 * floor.TotalSeconds);
            if (s.Stack == ScenarioRunner.Name(StackKind.Sqlite) && s.Signals == 100_000)
                yield return Check($"{s.Stack} 100,000: end to end {s.EndToEndSeconds:F1} s < 30 s", s.EndToEndSeconds < 30);
            if (Scenarios.FirstOrDefault(o => o.Stack == s.Stack && o.Signals * 10 == s.Signals) is { } smaller)
            {
                var growth = s.EndToEndSeconds / smaller.EndToEndSeconds;
                yield return Check($"{s.Stack} {smaller.Signals:N0} -> {s.Signals:N0}: time x{growth:F1} for size x10 (linear: x10, target <= x13)", growth <= 13);
            }
            foreach (var load in s.Load.Where(l => l.Target == "triage page"))
                yield return Check($"{s.Stack} {s.Signals:N0}: triage p95 {load.P95Ms:F0} ms at {load.Users} < 150 ms", load.P95Ms < 150);
        }
    }

    public void Write(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"{"stack",-18} {"signals",10} {"rows",10} {"ingest s",9} {"e2e s",8} {"rows/s",8} {"peak MB",8} {"floor s",8} {"e2e/floor",9} {"lost",5} {"wrong",6} {"routes",6} {"undisp",6}");
        foreach (var s in Scenarios)
        {
            var floor = Baselines.TryGetValue(s.Signals, out var f) ? f.TotalSeconds : double.NaN;
            var c = s.Correctness;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{s.Stack,-18} {s.Signals,10:N0} {s.Rows,10:N0} {s.IngestSeconds,9:F1} {s.EndToEndSeconds,8:F1} {s.SignalsPerSecond,8:N0} {s.PeakMemoryMb,8:F0} {floor,8:F1} {s.EndToEndSeconds / floor,9:F1} {c.LostSignals,5} {c.WrongMatches,6} {c.WrongRoutes,6} {c.Undispatched,6}"));
        }
        foreach (var (size, b) in Baselines)
            output.WriteLine($"floor {size:N0}: {b.Rows:N0} rows COPY {b.CopySeconds:F2} s + GROUP BY {b.GroupBySeconds:F2} s ({b.Addresses:N0} addresses)");
        foreach (var s in Scenarios)
            foreach (var l in s.Load)
                output.WriteLine($"load {s.Stack} {s.Signals:N0} {l.Target}: {l.Users}, p50 {l.P50Ms:F0} ms, p95 {l.P95Ms:F0} ms, p99 {l.P99Ms:F0} ms, {l.RequestsPerSecond:F0} req/s, {l.Failures} failed of {l.Requests}");
        foreach (var target in Targets())
            output.WriteLine(target);
        foreach (var s in Scenarios.Where(s => !s.Correctness.IsCorrect || s.ImportProblems.Count > 0))
            foreach (var problem in s.ImportProblems.Concat(s.Correctness.Examples).Take(10))
                output.WriteLine($"WRONG {s.Stack} {s.Signals:N0}: {problem}");
    }

    public string Save()
    {
        var path = Path.Combine(options.OutputDirectory, $"benchmark-{_started}.json");
        File.WriteAllText(path, JsonSerializer.Serialize(new
        {
            started = _started,
            machine = Machine.Describe(),
            options.Seed,
            options.Period,
            correct = AllCorrect,
            scenarios = Scenarios,
            baselines = Baselines.Select(b => new { signals = b.Key, b.Value.Rows, b.Value.CopySeconds, b.Value.GroupBySeconds, b.Value.TotalSeconds, b.Value.Addresses }),
            targets = Targets().ToList(),
        }, Json));
        return path;
    }

    private static string Check(string text, bool met) => $"{(met ? "MET   " : "MISSED")} {text}";
}

/// <summary>The machine the numbers belong to.</summary>
public static class Machine
{
    public static object Describe()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var memory = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").First().Split(':', 2)[1].Trim() : null;
        return new { processors = Environment.ProcessorCount, cpu, memory, os = Environment.OSVersion.VersionString, dotnet = Environment.Version.ToString() };
    }
}
