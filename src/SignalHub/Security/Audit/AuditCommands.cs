using System.CommandLine;
using SignalHub.Cli;
using SignalHub.Hosting;

namespace SignalHub.Security.Audit;

/// <summary><c>signalhub audit verify</c> and <c>signalhub audit list</c>: the privacy officer's tools.</summary>
internal static class AuditCommands
{
    /// <summary>Who a command-line action is recorded as.</summary>
    public static string CliActor => $"cli:{Environment.UserName}";

    public static Command Build()
    {
        var audit = new Command("audit", "The tamper-evident audit log");
        audit.Subcommands.Add(BuildVerify());
        audit.Subcommands.Add(BuildList());
        return audit;
    }

    private static Command BuildVerify()
    {
        var json = SharedOptions.Json();
        var command = new Command("verify", "Check every entry's hash and link; exit 1 when the chain is broken") { json };
        command.SetAction((parse, ct) => CommandHost.RunAsync(parse, HostRoles.None, async (services, token) =>
        {
            var result = await services.GetRequiredService<AuditLog>().VerifyAsync(token);
            if (parse.GetValue(json))
                JsonOutput.Write(result);
            else
                Console.WriteLine(result.Intact
                    ? $"audit log intact: {result.EntriesChecked} entries"
                    : $"audit log BROKEN at entry {result.BrokenAt}: {result.Reason} ({result.EntriesChecked} entries before it are intact)");
            return result.Intact ? ExitCodes.Ok : ExitCodes.Failed;
        }, ct));
        return command;
    }

    private static Command BuildList()
    {
        var from = new Option<DateTime?>("--from") { Description = "From this UTC time (default: 30 days ago)" };
        var to = new Option<DateTime?>("--to") { Description = "Until this UTC time (default: now)" };
        var actor = new Option<string?>("--actor") { Description = "Only this actor" };
        var subject = new Option<string?>("--subject") { Description = "Only this subject id (a delivery, match, case or signal)" };
        var json = SharedOptions.Json();
        var command = new Command("list", "Search the audit log, newest first") { from, to, actor, subject, json };
        command.SetAction((parse, ct) => CommandHost.RunAsync(parse, HostRoles.None, async (services, token) =>
        {
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            var query = new AuditQuery(parse.GetValue(from) ?? now.AddDays(-30), parse.GetValue(to) ?? now.AddSeconds(1),
                parse.GetValue(actor), parse.GetValue(subject));
            var entries = await services.GetRequiredService<AuditLog>().SearchAsync(query, token);
            if (parse.GetValue(json))
                JsonOutput.Write(entries);
            else
                foreach (var e in entries)
                    Console.WriteLine($"{e.Seq,6} {e.At:yyyy-MM-dd HH:mm:ss} {e.Actor,-24} {e.Action,-18} {e.SubjectType} {e.SubjectId} {e.Detail}");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
