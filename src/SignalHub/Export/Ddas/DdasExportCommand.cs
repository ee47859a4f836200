using System.CommandLine;
using SignalHub.Cli;
using SignalHub.Hosting;

namespace SignalHub.Export.Ddas;

/// <summary>
/// <c>signalhub export ddas --from YYYY-MM-DD --to YYYY-MM-DD [--out FILE] [--json]</c>: the period's DDAS document,
/// to FILE or to standard output. With <c>--out</c> it prints what it wrote; <c>--json</c> prints that as JSON.
/// </summary>
internal static class DdasExportCommand
{
    public static Command Build()
    {
        var export = new Command("export", "Export SignalHub's records in a national exchange format");
        export.Subcommands.Add(BuildDdas());
        return export;
    }

    private static Command BuildDdas()
    {
        // Not Required in the parser: a missing or bad date is a bad option, which exits 2 with one line.
        var from = new Option<string>("--from") { Description = "First day of the period, as YYYY-MM-DD (Amsterdam date)" };
        var to = new Option<string>("--to") { Description = "Last day of the period, as YYYY-MM-DD, included" };
        var output = new Option<FileInfo>("--out") { Description = "Write the document to this file instead of standard output" };
        var json = SharedOptions.Json();
        var command = new Command("ddas", "The DDAS vroegsignalering document (Uitwisselmodel v0.9) of a period, for CBS") { from, to, output, json };
        command.SetAction(async (parse, ct) =>
        {
            if (Refusal(parse.GetValue(from), parse.GetValue(to)) is { } refusal)
            {
                await Console.Error.WriteLineAsync($"signalhub: {refusal}");
                return ExitCodes.Configuration;
            }
            DdasExportEndpoint.TryDate(parse.GetValue(from), out var first);
            DdasExportEndpoint.TryDate(parse.GetValue(to), out var last);
            return await CommandHost.RunAsync(parse, HostRoles.None, (services, token) =>
                ExportAsync(services.GetRequiredService<DdasExporter>(), first, last, parse.GetValue(output), parse.GetValue(json), token), ct);
        });
        return command;
    }

    private static string? Refusal(string? from, string? to) =>
        from is null ? "--from is required (YYYY-MM-DD)"
        : to is null ? "--to is required (YYYY-MM-DD)"
        : !DdasExportEndpoint.TryDate(from, out var first) ? $"--from '{from}' is not a date like 2026-11-01"
        : !DdasExportEndpoint.TryDate(to, out var last) ? $"--to '{to}' is not a date like 2026-11-30"
        : last < first ? $"--to {to} is before --from {from}"
        : null;

    private static async Task<int> ExportAsync(DdasExporter exporter, DateOnly from, DateOnly to, FileInfo? file, bool json, CancellationToken ct)
    {
        try
        {
            exporter.EnsureCanExport(from, to);
        }
        catch (DdasExportRefusedException e)
        {
            throw new CommandException(e.Message, ExitCodes.Configuration);
        }
        if (file is null)
        {
            await using var stdout = Console.OpenStandardOutput();
            await exporter.WriteAsync(stdout, from, to, ct);
            return ExitCodes.Ok;
        }
        // Written beside the target and moved into place, so a failed export never leaves half a document.
        var partial = file.FullName + ".partial";
        DdasExportSummary summary;
        await using (var stream = File.Create(partial))
            summary = await exporter.WriteAsync(stream, from, to, ct);
        File.Move(partial, file.FullName, overwrite: true);
        if (json)
            JsonOutput.Write(new { file = file.FullName, summary.From, summary.To, summary.Signals, summary.Cases, summary.ContactAttempts });
        else
            Console.WriteLine($"{file.FullName}: {summary.Signals} vroegsignalen, {summary.Cases} vroegsignaalzaken, {summary.ContactAttempts} contactpogingen");
        return ExitCodes.Ok;
    }
}
