using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using SignalHub.Cli;
using SignalHub.Domain.Values;

namespace SignalHub.Synthetic;

/// <summary>
/// <c>signalhub generate --out DIR [--seed N] [--signals N | --households N] [--months N] [--period YYYY-MM]
/// [--messy-rate 0.15] [--json]</c>: synthetic partner files with the answer SignalHub should give. Needs no
/// database: it only writes files.
/// </summary>
internal static class GenerateCommand
{
    public static Command Build()
    {
        var output = new Option<DirectoryInfo>("--out") { Description = "The folder to write the files to (made when missing)", Required = true };
        var seed = new Option<long>("--seed") { Description = "The same seed writes the same bytes", DefaultValueFactory = _ => 1 };
        var signals = new Option<int?>("--signals") { Description = $"Signals per month (default {GeneratorSettings.DefaultSignals})" };
        var households = new Option<int?>("--households") { Description = "Signalled addresses per month, instead of --signals" };
        var months = new Option<int>("--months") { Description = "Months ending with --period, 1 to 36", DefaultValueFactory = _ => 1 };
        var period = SharedOptions.Period(required: false);
        period.Description = "The newest month, as YYYY-MM (default: this month)";
        var messy = new Option<double>("--messy-rate")
        {
            Description = "Share of rows with a messy address spelling, 0 to 1",
            DefaultValueFactory = _ => GeneratorSettings.DefaultMessyRate,
        };
        var json = SharedOptions.Json();
        var command = new Command("generate", "Write synthetic partner files and the expected matches and routing")
        {
            output, seed, signals, households, months, period, messy, json,
        };
        command.SetAction((parse, ct) =>
        {
            var thisMonth = Period.Of(DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime));
            var last = parse.GetValue(period) is { } text ? SharedOptions.ParsePeriod(text) : thisMonth;
            var count = parse.GetValue(signals);
            var settings = new GeneratorSettings(parse.GetValue(seed), count ?? (parse.GetValue(households) is null ? GeneratorSettings.DefaultSignals : null),
                parse.GetValue(households), parse.GetValue(months), last, parse.GetValue(messy));
            var problem = settings.Problem()
                ?? (last > thisMonth ? $"--period {last} lies in the future: arrears cannot have started in months to come" : null);
            if (problem is not null)
            {
                Console.Error.WriteLine($"signalhub: {problem}");
                return Task.FromResult(ExitCodes.Configuration);
            }
            var clock = Stopwatch.StartNew();
            GenerationSummary summary;
            try
            {
                summary = new SyntheticGenerator(settings).Write(parse.GetValue(output)!.FullName, ct);
            }
            catch (Exception e) when (e is GeneratorSettingsException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"signalhub: {e.Message}");
                return Task.FromResult(e is GeneratorSettingsException ? ExitCodes.Configuration : ExitCodes.Failed);
            }
            if (parse.GetValue(json))
                JsonOutput.Write(summary);
            else
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{summary.Signals} signals ({summary.Rows} rows, {summary.Matches} matches) for {string.Join(", ", summary.Periods)} in {summary.Directory} ({clock.Elapsed.TotalSeconds:0.0} s)"));
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }
}
