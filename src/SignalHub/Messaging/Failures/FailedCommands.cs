using System.CommandLine;
using SignalHub.Cli;
using SignalHub.Hosting;

namespace SignalHub.Messaging.Failures;

/// <summary><c>signalhub failed list [--json]</c>, <c>failed retry ID</c>, <c>failed discard ID</c>.</summary>
internal static class FailedCommands
{
    public static Command Build()
    {
        var command = new Command("failed", "Messages whose consumer kept failing: list, retry or discard them");
        command.Subcommands.Add(BuildList());
        command.Subcommands.Add(BuildResolve("retry", "Publish the message again (through the outbox, under a new id)",
            async (failures, id, ct) => await failures.RetryAsync(id, ct) is { } newId ? $"{id}: published again as {newId}" : null));
        command.Subcommands.Add(BuildResolve("discard", "Close the failure without handling the message",
            async (failures, id, ct) => await failures.DiscardAsync(id, ct) ? $"{id}: discarded" : null));
        return command;
    }

    private static Command BuildList()
    {
        var json = SharedOptions.Json();
        var command = new Command("list", "List open failures, oldest first") { json };
        command.SetAction((parse, ct) => CommandHost.RunAsync(parse, HostRoles.None, async (services, token) =>
        {
            var failures = await services.GetRequiredService<FailedMessages>().ListAsync(token);
            if (parse.GetValue(json))
                JsonOutput.Write(failures);
            else if (failures.Count == 0)
                Console.WriteLine("no failed messages");
            else
                foreach (var f in failures)
                    Console.WriteLine($"{f.MessageId}  {f.FailedAt:yyyy-MM-dd HH:mm:ss}  {f.MessageType,-20} {f.Consumer,-28} {f.Reason}");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    private static Command BuildResolve(string name, string description, Func<FailedMessages, Guid, CancellationToken, Task<string?>> resolve)
    {
        var id = new Argument<Guid>("ID") { Description = "The message id from 'signalhub failed list'" };
        var command = new Command(name, description) { id };
        command.SetAction((parse, ct) => CommandHost.RunAsync(parse, HostRoles.None, async (services, token) =>
        {
            var messageId = parse.GetValue(id);
            var outcome = await resolve(services.GetRequiredService<FailedMessages>(), messageId, token)
                ?? throw new CommandException($"{messageId} is not an open failed message");
            Console.WriteLine(outcome);
            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
