using System.Diagnostics;
using System.Text.Json;
using SignalHub.Tests.Fixtures;

namespace SignalHub.Tests.Benchmarks;

/// <summary>
/// The benchmark's smallest scenario as a correctness check: 2,000 generated signals through real signalhub
/// processes must come out exactly as expected.json says (the speed is not judged here).
/// </summary>
[TestFixture]
[NonParallelizable]
[Category("Slow")] // separate benchmark processes: left out of the quick tier (run-tests.sh --quick)
public sealed class When_a_small_month_runs_through_the_benchmark
{
    [TestCase("sqlite")]
    [TestCase("postgres")]
    public async Task Should_lose_no_signal_and_make_and_route_every_match_right(string stack)
    {
        if (stack == "postgres")
        {
            TestServices.RequirePostgres();
            TestServices.RequireRabbitMq();
        }
        var output = Path.Combine(Path.GetTempPath(), $"signalhub-bench-{Guid.NewGuid():N}");
        try
        {
            var (exitCode, log) = await BenchmarkProgram.RunAsync("--sizes", "2000", "--stacks", stack, "--out", output,
                "--load-at", "2000", "--load-seconds", "1", "--load-clients", "4");
            var report = Directory.GetFiles(output, "benchmark-*.json").Single();
            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(report));
            var scenario = json.RootElement.GetProperty("scenarios").EnumerateArray().Single();
            var correctness = scenario.GetProperty("correctness");
            Assert.Multiple(() =>
            {
                Assert.That(exitCode, Is.Zero, log);
                Assert.That(correctness.GetProperty("expectedSignals").GetInt32(), Is.GreaterThan(1500), "the month has its signals");
                Assert.That(correctness.GetProperty("actualMatches").GetInt32(), Is.EqualTo(correctness.GetProperty("expectedMatches").GetInt32()));
                Assert.That(correctness.GetProperty("lostSignals").GetInt32(), Is.Zero, log);
                Assert.That(correctness.GetProperty("wrongMatches").GetInt32(), Is.Zero, log);
                Assert.That(correctness.GetProperty("wrongRoutes").GetInt32(), Is.Zero, log);
                Assert.That(correctness.GetProperty("undispatched").GetInt32(), Is.Zero, log);
                Assert.That(scenario.GetProperty("load").EnumerateArray().Select(l => l.GetProperty("target").GetString()),
                    Is.EqualTo(new[] { "triage page", "triage page", "receipt API" }), "the triage page (users pausing, then without pause) and the receipt API");
                Assert.That(scenario.GetProperty("load").EnumerateArray().Sum(l => l.GetProperty("failures").GetInt32()), Is.Zero,
                    "every request answered 200: the coordinator's session held, no redirect to the sign-in page");
            });
        }
        finally
        {
            if (Directory.Exists(output))
                Directory.Delete(output, recursive: true);
        }
    }
}

/// <summary>tests/SignalHub.Benchmarks as the script runs it: built in this test run's configuration, then started.</summary>
internal static class BenchmarkProgram
{
    public static async Task<(int ExitCode, string Log)> RunAsync(params string[] args)
    {
        var root = RepositoryRoot();
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var project = Path.Combine(root, "tests", "SignalHub.Benchmarks", "SignalHub.Benchmarks.csproj");
        var dll = Path.Combine(root, "tests", "SignalHub.Benchmarks", "bin", configuration, "net10.0", "SignalHub.Benchmarks.dll");
        if (!File.Exists(dll))
        {
            var (built, buildLog) = await RunDotnetAsync(root, "build", project, "-c", configuration, "-nologo", "-v", "q");
            Assert.That(built, Is.Zero, buildLog);
        }
        return await RunDotnetAsync(root, [dll, .. args]);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SignalHub.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("SignalHub.sln not found above the test's folder");
    }

    private static async Task<(int, string)> RunDotnetAsync(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(15));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
