using System.CommandLine;
using SignalHub.Hosting;

namespace SignalHub.Cli;

/// <summary>Runs one command inside a started host, so the command uses the same storage and bus as the server.</summary>
internal static class CommandHost
{
    public static async Task<int> RunAsync(ParseResult parse, HostRoles roles,
        Func<IServiceProvider, CancellationToken, Task<int>> body, CancellationToken ct,
        Action<IHostApplicationBuilder>? configure = null)
    {
        IHost host;
        try
        {
            host = SignalHubHost.BuildCommand([.. parse.UnmatchedTokens], roles, Program.Compose, configure);
            await host.StartAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await Console.Error.WriteLineAsync($"signalhub: {SignalHubHost.Explain(e)}");
            return ExitCodes.Configuration;
        }
        try
        {
            var exitCode = await body(host.Services, ct);
            await host.Services.GetRequiredService<Security.Audit.AuditLog>().RecordAsync(Security.Audit.AuditCommands.CliActor,
                $"cli {CommandPath(parse)}", "command", null, $"exit {exitCode}", null, ct);
            return exitCode;
        }
        catch (CommandException e)
        {
            await Console.Error.WriteLineAsync($"signalhub: {e.Message}");
            return e.ExitCode;
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
            host.Dispose();
        }
    }

    /// <summary>"partner add", "import": the command as typed, without its arguments (file names can be personal).</summary>
    public static string CommandPath(ParseResult parse)
    {
        var names = new List<string>();
        for (var result = parse.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
            if (result.Command is not RootCommand)
                names.Insert(0, result.Command.Name);
        return string.Join(' ', names);
    }
}

internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Configuration = 2;
}

/// <summary>A command's refusal, printed as one line with its exit code.</summary>
internal sealed class CommandException(string message, int exitCode = ExitCodes.Failed) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
