using System.CommandLine;
using SignalHub.Cli;
using SignalHub.Hosting;
using SignalHub.Security.Accounts;
using SignalHub.Security.Audit;

namespace SignalHub.Security.Sessions;

/// <summary>
/// <c>signalhub user end-sessions --name NAME [--json]</c>, or <c>--all</c> after a suspected leak: a new security stamp
/// for the user (or every user) and every open session ended. Web processes refuse the cookies within a minute.
/// </summary>
internal static class EndSessionsCommand
{
    public static Command Build()
    {
        var name = new Option<string?>("--name") { Description = "The user whose sessions end" };
        var all = new Option<bool>("--all") { Description = "End the sessions of every user" };
        var json = SharedOptions.Json();
        var command = new Command("end-sessions", "Sign a user (or, with --all, everyone) out everywhere: copied cookies stop working too") { name, all, json };
        command.SetAction((parse, ct) => CommandHost.RunAsync(parse, HostRoles.None, async (services, token) =>
        {
            var users = services.GetRequiredService<UserStore>();
            var only = parse.GetValue(name);
            if (only is null == !parse.GetValue(all))
                throw new CommandException("give either --name NAME or --all", ExitCodes.Configuration);
            IReadOnlyList<UserAccount> chosen = only is null ? await users.ListAsync(token)
                : [await users.FindByNameAsync(only, token) ?? throw new CommandException($"no user named '{only}'")];
            var ended = new List<(UserAccount User, int Sessions)>();
            foreach (var user in chosen)
            {
                var count = await users.ChangeSecurityStampAsync(user.Id, SessionEnd.Administrator, token);
                await services.GetRequiredService<AuditLog>().RecordAsync(AuditCommands.CliActor, "user.end-sessions", "user", user.Id.ToString(),
                    $"{user.Name}: {count} session(s) ended", null, token);
                ended.Add((user, count));
            }
            if (parse.GetValue(json))
                JsonOutput.Write(ended.Select(e => new { id = e.User.Id, name = e.User.Name, sessionsEnded = e.Sessions }));
            else
                foreach (var (user, count) in ended)
                    Console.WriteLine($"'{user.Name}': {count} session(s) ended; every cookie of '{user.Name}' is refused from now on (within a minute in a running web process).");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
