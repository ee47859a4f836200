using System.CommandLine;
using SignalHub.Cli;
using SignalHub.Hosting;

namespace SignalHub.Reporting;

/// <summary>
/// <c>signalhub report --period YYYY-MM|YYYY-Qn [--json | --format csv]</c>: the monitor of a month or quarter.
/// A wrong option is refused with one line and exit code 2, before anything starts.
/// </summary>
internal static class ReportCommand
{
    public static Command Build()
    {
        var period = new Option<string>("--period") { Description = "The month (YYYY-MM) or quarter (YYYY-Qn)" };
        var json = SharedOptions.Json();
        var format = new Option<string>("--format") { Description = "text (default), json or csv" };
        var command = new Command("report", "Print the monitor of a month or a quarter") { period, json, format };
        command.SetAction(async (parse, ct) =>
        {
            var problem = Refusal(parse.GetValue(period), parse.GetValue(format), parse.GetValue(json), out var asked, out var output);
            if (problem is not null)
            {
                await Console.Error.WriteLineAsync($"signalhub: {problem}");
                return ExitCodes.Configuration;
            }
            return await CommandHost.RunAsync(parse, HostRoles.None, async (services, token) =>
            {
                var figures = await services.GetRequiredService<MonitorReport>().GetAsync(asked, token);
                if (output == "json")
                    JsonOutput.Write(figures);
                else if (output == "csv")
                    await Console.Out.WriteAsync(MonitorCsv.ToCsv([figures]));
                else
                    foreach (var (figure, key, value) in MonitorCsv.Rows(figures))
                        Console.WriteLine($"{figure}{(key is null ? "" : $"[{key}]")}: {value}");
                return ExitCodes.Ok;
            }, ct);
        });
        return command;
    }

    private static string? Refusal(string? period, string? format, bool json, out ReportPeriod asked, out string output)
    {
        output = json ? "json" : (format ?? "text").Trim().ToLowerInvariant();
        asked = ReportPeriod.Month(new Domain.Values.Period(2000, 1));
        if (string.IsNullOrWhiteSpace(period))
            return "report needs --period YYYY-MM or YYYY-Qn";
        if (!ReportPeriod.TryParse(period, out asked, out var error))
            return error;
        if (json && format is not null && output != "json")
            return "use either --json or --format, not both";
        return output is "text" or "json" or "csv" ? null : $"--format '{format}' is not known: use text, json or csv";
    }
}
