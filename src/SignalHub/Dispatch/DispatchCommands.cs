using System.CommandLine;
using SignalHub.Cli;
using SignalHub.Hosting;
using SignalHub.Storage;

namespace SignalHub.Dispatch;

/// <summary><c>signalhub dispatch --period</c> and <c>signalhub cases --period [--json]</c>.</summary>
internal static class DispatchCommands
{
    public static Command BuildDispatch()
    {
        var period = SharedOptions.Period();
        var json = SharedOptions.Json();
        var command = new Command("dispatch", "Make cases now for every ready match of the period") { period, json };
        command.SetAction((parse, ct) => CommandHost.RunAsync(parse, HostRoles.None, async (services, token) =>
        {
            var month = SharedOptions.ParsePeriod(parse.GetValue(period)!);
            var database = services.GetRequiredService<Database>();
            var dispatcher = services.GetRequiredService<Dispatcher>();
            var summary = await database.InTransactionAsync(async (c, t) =>
            {
                await database.Dialect.LockAsync(c, t, $"dispatch:{month}", token);
                return await dispatcher.DispatchAsync(c, t, month, [], token);
            }, token);
            if (parse.GetValue(json))
                JsonOutput.Write(new { period = month.ToString(), dispatched = summary.Cases, joined = summary.Joined, notPickedUp = summary.NotPickedUp });
            else
                Console.WriteLine($"{month}: {summary.Cases} cases made, {summary.Joined} joined an open case, {summary.NotPickedUp} not picked up");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    public static Command BuildCases()
    {
        var period = SharedOptions.Period();
        var json = SharedOptions.Json();
        var command = new Command("cases", "List a period's cases, most urgent first") { period, json };
        command.SetAction((parse, ct) => CommandHost.RunAsync(parse, HostRoles.None, async (services, token) =>
        {
            var cases = await services.GetRequiredService<CaseQuery>().ListAsync(SharedOptions.ParsePeriod(parse.GetValue(period)!), token);
            if (parse.GetValue(json))
                JsonOutput.Write(cases);
            else
                foreach (var k in cases)
                    Console.WriteLine($"{k.Route,-12} {k.Team,-20} {k.Status,-18} due {k.DueDate:yyyy-MM-dd}  {k.RouteReason}");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
