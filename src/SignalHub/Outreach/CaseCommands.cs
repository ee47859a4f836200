using System.CommandLine;
using SignalHub.Cli;
using SignalHub.Domain.Outreach;
using SignalHub.Domain.Vocabulary;
using SignalHub.Hosting;
using static SignalHub.Outreach.CaseCommandOptions;

namespace SignalHub.Outreach;

/// <summary>
/// <c>signalhub case attempt|close|status|handover|accept|show</c>: outreach work for scripts and operators. Every
/// subcommand takes <c>--json</c>; a refused change exits 1 with the reason.
/// </summary>
internal static partial class CaseCommands
{
    public static Command Build()
    {
        var command = new Command("case", "Record outreach on one case: attempts, status, closing, hand-over");
        command.Subcommands.Add(BuildAttempt());
        command.Subcommands.Add(BuildClose());
        command.Subcommands.Add(BuildStatus());
        command.Subcommands.Add(BuildHandOver());
        command.Subcommands.Add(BuildAccept());
        command.Subcommands.Add(BuildShow());
        return command;
    }

    private static Command BuildAttempt()
    {
        var id = Case();
        var kind = new Option<string>("--kind") { Description = "Huisbezoek, Telefoon, Brief, Mail, SMS/Whatsapp, Kaartje, Administratief or Overige", Required = true };
        var at = new Option<string>("--at") { Description = "When: 2026-11-03T19:30 (Amsterdam time) or with an offset", Required = true };
        var reached = new Option<string>("--reached") { Description = "yes or no: was the household reached?", Required = true };
        var by = new Option<string[]>("--by") { Description = "Who made the attempt; repeat for a joint visit (one attempt, two names)", Required = true };
        var dayPart = new Option<string?>("--day-part") { Description = "Ochtend, Middag or Avond (default: from --at)" };
        var note = Note();
        var actor = Actor("Who records this (default: the first --by)");
        var json = SharedOptions.Json();
        var command = new Command("attempt", "Record a contact attempt") { id, kind, at, reached, by, dayPart, note, actor, json };
        command.SetAction((parse, ct) => CommandHost.RunAsync(parse, HostRoles.None, async (services, token) =>
        {
            var input = new AttemptInput(
                ReadAll<ContactKind>([parse.GetValue(kind)!], ContactKinds.TryParse)[0],
                AmsterdamTime.TryParse(parse.GetValue(at), out var moment, out var error) ? moment : throw new CommandException($"--at: {error}", ExitCodes.Configuration),
                ReadYesNo(parse.GetValue(reached)!),
                parse.GetValue(by) ?? [],
                parse.GetValue(note),
                parse.GetValue(dayPart) is { } part ? ReadAll<DayPart>([part], DayParts.TryParse)[0] : null);
            var change = await services.GetRequiredService<CaseWork>().RecordAttemptAsync(CaseId(parse, id), input,
                ActorOr(parse, actor, input.Workers.Count > 0 ? input.Workers[0] : null), token);
            return Report(change, parse.GetValue(json), $"attempt {change.AttemptId} recorded");
        }, ct));
        return command;
    }

    private static Command BuildClose()
    {
        var id = Case();
        var result = new Option<string>("--result")
        {
            Description = "The standard's final result, by code: " + string.Join(", ", CaseResults.All.Select(r => r.ToCode())),
            Required = true,
        };
        var scheme = new Option<string[]>("--scheme") { Description = "A scheme applied for; repeat: " + string.Join(", ", Schemes.All.Select(s => s.ToCode())) };
        var help = new Option<string[]>("--help-kind") { Description = "Help that started; repeat: " + string.Join(", ", HelpKinds.All.Select(h => h.ToCode())) };
        var note = Note();
        var actor = Actor();
        var json = SharedOptions.Json();
        var command = new Command("close", "Close a case with a final result") { id, result, scheme, help, note, actor, json };
        command.SetAction((parse, ct) => CommandHost.RunAsync(parse, HostRoles.None, async (services, token) =>
        {
            var closing = new ClosingInput(
                ReadAll<CaseResult>([parse.GetValue(result)!], CaseResults.TryParse)[0],
                ReadAll<Scheme>(parse.GetValue(scheme), Schemes.TryParse),
                ReadAll<HelpKind>(parse.GetValue(help), HelpKinds.TryParse),
                parse.GetValue(note));
            var change = await services.GetRequiredService<CaseWork>().CloseAsync(CaseId(parse, id), closing, ActorOr(parse, actor), token);
            return Report(change, parse.GetValue(json), $"closed as {closing.Result.ToCode()}");
        }, ct));
        return command;
    }

    private static Command BuildStatus()
    {
        var id = Case();
        var to = new Option<string>("--to") { Description = "assigned, contact_attempted, in_contact or help_accepted (closing needs 'case close')", Required = true };
        var actor = Actor();
        var json = SharedOptions.Json();
        var command = new Command("status", "Move a case to another status") { id, to, actor, json };
        command.SetAction((parse, ct) => CommandHost.RunAsync(parse, HostRoles.None, async (services, token) =>
        {
            var stage = ReadAll<CaseStage>([parse.GetValue(to)!], CaseStages.TryParse)[0];
            var change = await services.GetRequiredService<CaseWork>().ChangeStatusAsync(CaseId(parse, id), stage, ActorOr(parse, actor), token);
            return Report(change, parse.GetValue(json), "status changed");
        }, ct));
        return command;
    }

    private static bool ReadYesNo(string raw) => raw.Trim().ToUpperInvariant() switch
    {
        "YES" or "Y" or "JA" or "TRUE" => true,
        "NO" or "N" or "NEE" or "FALSE" => false,
        _ => throw new CommandException($"--reached must be yes or no, not '{raw}'", ExitCodes.Configuration),
    };
}
