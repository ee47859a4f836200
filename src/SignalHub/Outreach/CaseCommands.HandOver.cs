using System.CommandLine;
using System.Globalization;
using SignalHub.Cli;
using SignalHub.Hosting;
using static SignalHub.Outreach.CaseCommandOptions;

namespace SignalHub.Outreach;

internal static partial class CaseCommands
{
    private static Command BuildHandOver()
    {
        var id = Case();
        var to = new Option<string>("--to") { Description = "The named person who takes the case over", Required = true };
        var team = new Option<string?>("--team") { Description = "The receiver's team, when it is another team" };
        var note = Note();
        var actor = Actor("Who hands the case over (default: cli:<user>)");
        var json = SharedOptions.Json();
        var command = new Command("handover", "Offer a case to another person or team (warm hand-over)") { id, to, team, note, actor, json };
        command.SetAction((parse, ct) => CommandHost.RunAsync(parse, HostRoles.None, async (services, token) =>
        {
            var change = await services.GetRequiredService<CaseWork>().HandOverAsync(CaseId(parse, id),
                new HandOverInput(parse.GetValue(to)!, parse.GetValue(team), parse.GetValue(note)), ActorOr(parse, actor), token);
            return Report(change, parse.GetValue(json), $"offered to {parse.GetValue(to)}");
        }, ct));
        return command;
    }

    private static Command BuildAccept()
    {
        var id = Case();
        var actor = new Option<string>("--as") { Description = "The receiver the case was offered to", Required = true };
        var json = SharedOptions.Json();
        var command = new Command("accept", "Accept a case offered to you") { id, actor, json };
        command.SetAction((parse, ct) => CommandHost.RunAsync(parse, HostRoles.None, async (services, token) =>
        {
            var change = await services.GetRequiredService<CaseWork>().AcceptHandOverAsync(CaseId(parse, id), parse.GetValue(actor)!, token);
            return Report(change, parse.GetValue(json), "hand-over accepted");
        }, ct));
        return command;
    }

    private static Command BuildShow()
    {
        var id = Case();
        var json = SharedOptions.Json();
        var command = new Command("show", "Show a case: attempts, what the outreach rule still needs, hand-over, outcome, history") { id, json };
        command.SetAction((parse, ct) => CommandHost.RunAsync(parse, HostRoles.None, async (services, token) =>
        {
            var detail = await services.GetRequiredService<CaseDetailQuery>().GetAsync(CaseId(parse, id), token)
                ?? throw new CommandException($"no case {parse.GetValue(id)}");
            if (parse.GetValue(json))
            {
                JsonOutput.Write(detail);
                return ExitCodes.Ok;
            }
            Console.WriteLine($"{detail.Id}  {detail.Status}  {detail.Team} {detail.AssignedTo}  due {detail.DueDate:yyyy-MM-dd}{(detail.AtRisk ? "  AT RISK" : "")}{(detail.Overdue ? "  OVERDUE" : "")}");
            foreach (var a in detail.Attempts)
                Console.WriteLine($"  {AmsterdamTime.ToLocal(a.At).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} {a.DayPart,-8} {a.Kind,-14} {(a.Reached ? "reached" : "not reached"),-12} {string.Join(", ", a.By)}");
            Console.WriteLine(detail.Rule.Met ? "  outreach rule met" : $"  still needed: {string.Join(", ", detail.Rule.NeedsInEnglish)}");
            if (detail.HandOver is { } h)
                Console.WriteLine($"  hand-over {h.Sender} -> {h.Receiver}{(h.Pending ? " (waiting for acceptance)" : " (accepted)")}");
            if (detail.Outcome is { } o)
                Console.WriteLine($"  closed as {o.Result}: {o.Label}");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    /// <summary><c>signalhub followups [--until YYYY-MM-DD] [--json]</c>: aftercare checks due, for the budget coach.</summary>
    public static Command BuildFollowUps()
    {
        var until = new Option<string?>("--until") { Description = "List checks due on or before this day, YYYY-MM-DD (default: today)" };
        var json = SharedOptions.Json();
        var command = new Command("followups", "List the aftercare checks that are due") { until, json };
        command.SetAction((parse, ct) => CommandHost.RunAsync(parse, HostRoles.None, async (services, token) =>
        {
            var day = parse.GetValue(until) is { } text
                ? DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
                    : throw new CommandException($"--until must be a day like 2027-02-03, not '{text}'", ExitCodes.Configuration)
                : AmsterdamTime.Today(services.GetRequiredService<TimeProvider>());
            var due = await services.GetRequiredService<CaseDetailQuery>().DueFollowUpsAsync(day, token);
            if (parse.GetValue(json))
                JsonOutput.Write(due);
            else
                foreach (var f in due)
                    Console.WriteLine($"{f.DueOn:yyyy-MM-dd}  {f.Months} months  {f.Address}  {f.Team} {f.AssignedTo}  case {f.CaseId}");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
