namespace SignalHub.Benchmarks;

/// <summary>One size on one stack: what it took, what it used, and whether the outcome was right.</summary>
public sealed record ScenarioResult(string Stack, int Signals, long Rows, int Files, double IngestSeconds, double EndToEndSeconds,
    double PeakMemoryMb, double PeakMemoryBeforeLoadMb, Correctness Correctness, IReadOnlyList<string> ImportProblems, IReadOnlyList<LoadResult> Load)
{
    public double SignalsPerSecond => EndToEndSeconds > 0 ? Math.Round(Rows / EndToEndSeconds) : 0;
}

/// <summary>
/// Runs one scenario: a fresh installation, set up with the CLI, one <c>signalhub serve</c> process (every
/// role) fed over the partner API, then the check against expected.json and, at the load size, the
/// triage page and the receipt API under concurrent clients while the matches are open.
/// </summary>
public static class ScenarioRunner
{
    public static async Task<ScenarioResult> RunAsync(StackKind kind, GeneratedMonth month, BenchmarkOptions options, TextWriter log)
    {
        await using var stack = await BenchmarkStack.CreateAsync(kind);
        var import = new MonthImport(stack, month);
        await import.RegisterAsync();
        await using var serve = await SignalHubProcess.ServeAsync(stack.Settings, "all");
        log.WriteLine($"  {Name(kind)} {month.Signals:N0}: uploading {month.Imports.Count} files to pid {serve.Id}");
        var times = await import.UploadAllAsync(serve.BaseAddress);
        log.WriteLine($"  {Name(kind)} {month.Signals:N0}: ingest {times.IngestSeconds:F1} s, end to end {times.EndToEndSeconds:F1} s; checking");
        var peakBeforeLoad = serve.PeakMemoryMb();
        var correctness = await ExpectedCheck.CheckAsync(stack.Connect, month.File("expected.json"));
        var load = new List<LoadResult>();
        if (month.Signals == options.LoadAtSize && options.LoadSeconds > 0)
        {
            var duration = TimeSpan.FromSeconds(options.LoadSeconds);
            var period = month.Imports[^1].Period;
            var coordinator = await PortalSession.SignInAsync(stack.Settings, serve.BaseAddress);
            load.Add(await LoadTest.RunAsync(serve.BaseAddress, "triage page", _ => coordinator.Get($"/triage?periode={period}"),
                options.LoadClients, duration, TimeSpan.FromMilliseconds(options.LoadThinkMs)));
            load.Add(await LoadTest.RunAsync(serve.BaseAddress, "triage page", _ => coordinator.Get($"/triage?periode={period}"),
                options.LoadClients, duration));
            var receipts = times.DeliveryIds;
            load.Add(await LoadTest.RunAsync(serve.BaseAddress, "receipt API", n =>
            {
                var id = receipts[n % receipts.Count];
                return LoadTest.Get($"/api/v1/deliveries/{id}", times.ApiKeyOfDelivery[id]);
            }, options.LoadClients, duration));
        }
        var peak = serve.PeakMemoryMb();
        return new ScenarioResult(Name(kind), month.Signals, times.RowsAccepted + times.RowsRejected, times.Files,
            Math.Round(times.IngestSeconds, 2), Math.Round(times.EndToEndSeconds, 2), peak, peakBeforeLoad, correctness, times.Problems, load);
    }

    public static string Name(StackKind kind) => kind == StackKind.Sqlite ? "sqlite+inmemory" : "postgres+rabbitmq";
}
