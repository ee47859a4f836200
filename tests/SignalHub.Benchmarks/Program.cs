using SignalHub.Benchmarks;

BenchmarkOptions options;
try
{
    options = BenchmarkOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(BenchmarkOptions.Usage);
    return 2;
}

Directory.CreateDirectory(options.OutputDirectory);
var report = new BenchmarkReport(options);
foreach (var size in options.Sizes)
{
    Console.WriteLine($"generating {size:N0} signals (seed {options.Seed})");
    var month = GeneratedMonth.Prepare(options.OutputDirectory, options.Seed, size, options.Period);
    if (options.Stacks.Contains(StackKind.PostgresRabbitMq))
    {
        report.Baselines[size] = await CopyBaseline.RunAsync(month);
        Console.WriteLine($"  floor {size:N0}: COPY {report.Baselines[size].CopySeconds:F1} s, GROUP BY {report.Baselines[size].GroupBySeconds:F1} s");
    }
    foreach (var kind in options.Stacks)
        report.Scenarios.Add(await ScenarioRunner.RunAsync(kind, month, options, Console.Out));
    report.Write(Console.Out);
    report.Save();
}

report.Write(Console.Out);
var path = report.Save();
Console.WriteLine($"results: {path}");
return report.AllCorrect ? 0 : 1;
