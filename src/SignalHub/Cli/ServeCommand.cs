using System.CommandLine;
using SignalHub.Hosting;

namespace SignalHub.Cli;

/// <summary><c>signalhub serve [--roles web,worker,scheduler] [--urls ...]</c>: the long-running process.</summary>
internal static class ServeCommand
{
    public static readonly Option<string?> RolesOption = new("--roles")
    {
        Description = "Comma-separated subset of web, worker, scheduler (default: all, or Host:Roles)",
        Recursive = true,
    };

    public static Command Build()
    {
        var command = new Command("serve", "Run the portal, partner API, bus consumers and scheduler (the default)")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction((parse, ct) => RunAsync(parse, ct));
        return command;
    }

    public static async Task<int> RunAsync(ParseResult parse, CancellationToken ct, Action<WebApplication>? beforeRun = null,
        Action<IHostApplicationBuilder>? configure = null)
    {
        WebApplication app;
        try
        {
            var args = parse.UnmatchedTokens.ToArray();
            var roles = RolesFrom(parse, args);
            app = SignalHubHost.BuildWeb(args, roles, Program.Compose, Program.MapEndpoints, configure);
            await app.StartAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await Console.Error.WriteLineAsync($"signalhub: {SignalHubHost.Explain(e)}");
            return ExitCodes.Configuration;
        }
        beforeRun?.Invoke(app);
        await app.WaitForShutdownAsync(ct);
        await app.DisposeAsync();
        return ExitCodes.Ok;
    }

    private static HostRoles RolesFrom(ParseResult parse, string[] args)
    {
        var fromOption = parse.GetValue(RolesOption);
        if (fromOption is not null)
            return HostRoles.Parse(fromOption);
        var configured = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(args).Build()["Host:Roles"];
        return HostRoles.Parse(configured);
    }
}
