using System.CommandLine;
using System.CommandLine.Invocation;
using SignalHub.Hosting;

namespace SignalHub.Cli;

/// <summary>
/// The <c>signalhub</c> command line. Scripts rely on these names, options and JSON fields: keep them stable.
/// With no subcommand it serves, so <c>signalhub --urls http://+:8080</c> works as in any ASP.NET Core app.
/// </summary>
internal static class SignalHubCommandLine
{
    /// <summary>A command line that does not parse is a usage error: one line on stderr and exit code 2, as for a wrong setting.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var parse = Build().Parse(args);
        // At the root, unknown options are host settings (--urls ...); an unknown first word is a mistyped command, not "serve".
        if (parse.CommandResult.Command is RootCommand && args.Length > 0 && !args[0].StartsWith('-'))
        {
            await Console.Error.WriteLineAsync($"signalhub: '{args[0]}' is not a command (see 'signalhub --help')");
            return ExitCodes.Configuration;
        }
        if (parse.Action is not ParseErrorAction)
            return await parse.InvokeAsync();
        var help = string.Join(' ', new[] { "signalhub", CommandHost.CommandPath(parse), "--help" }.Where(word => word.Length > 0));
        await Console.Error.WriteLineAsync($"signalhub: {string.Join("; ", parse.Errors.Select(e => e.Message))} (see '{help}')");
        return ExitCodes.Configuration;
    }

    public static RootCommand Build()
    {
        var root = new RootCommand("SignalHub: early warning of payment arrears for Dutch municipalities")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        var serve = ServeCommand.Build();
        root.Options.Add(ServeCommand.RolesOption);
        root.SetAction((parse, ct) => ServeCommand.RunAsync(parse, ct));
        root.Subcommands.Add(serve);
        root.Subcommands.Add(MigrateCommand.Build());
        root.Subcommands.Add(Partners.PartnerCommands.Build());
        root.Subcommands.Add(Ingestion.ImportCommand.Build());
        root.Subcommands.Add(Matching.MatchesCommand.Build());
        root.Subcommands.Add(Registers.RegisterCommands.BuildAddresses());
        root.Subcommands.Add(Dispatch.DispatchCommands.BuildDispatch());
        root.Subcommands.Add(Dispatch.DispatchCommands.BuildCases());
        root.Subcommands.Add(Outreach.CaseCommands.Build());
        root.Subcommands.Add(Outreach.CaseCommands.BuildFollowUps());
        root.Subcommands.Add(Registers.RegisterCommands.BuildAreas());
        root.Subcommands.Add(Registers.RegisterCommands.BuildSdvClients());
        root.Subcommands.Add(Demo.DemoCommand.Build());
        root.Subcommands.Add(Security.Audit.AuditCommands.Build());
        root.Subcommands.Add(Security.Accounts.UserCommands.Build());
        root.Subcommands.Add(Security.Encryption.KeysCommand.Build());
        root.Subcommands.Add(Messaging.Failures.FailedCommands.Build());
        root.Subcommands.Add(Synthetic.GenerateCommand.Build());
        root.Subcommands.Add(Export.Ddas.DdasExportCommand.Build());
        root.Subcommands.Add(Reporting.ReportCommand.Build());
        return root;
    }
}
