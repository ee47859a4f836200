using System.CommandLine;
using SignalHub.Cli;
using SignalHub.Hosting;

namespace SignalHub.Matching;

/// <summary><c>signalhub matches --period YYYY-MM [--json]</c>: the period's matches, most urgent first.</summary>
internal static class MatchesCommand
{
    public static Command Build()
    {
        var period = SharedOptions.Period();
        var json = SharedOptions.Json();
        var command = new Command("matches", "List a period's matches, most urgent first") { period, json };
        command.SetAction((parse, ct) => CommandHost.RunAsync(parse, HostRoles.None, async (services, token) =>
        {
            var matches = await services.GetRequiredService<MatchQuery>().ListAsync(SharedOptions.ParsePeriod(parse.GetValue(period)!), token);
            if (parse.GetValue(json))
                JsonOutput.Write(matches);
            else
                foreach (var m in matches)
                    Console.WriteLine($"{m.Priority.Class,-7} {m.Priority.Score,4}  {m.Address.Postcode} {m.Address.HouseNumber}{m.Address.HouseLetter}{(m.Address.HouseNumberAddition is null ? "" : "-" + m.Address.HouseNumberAddition)}  {m.Signals.Count} signalen  {string.Join("; ", m.Priority.Reasons)}");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
