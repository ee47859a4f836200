using System.CommandLine;
using SignalHub.Hosting;
using SignalHub.Storage;

namespace SignalHub.Cli;

/// <summary><c>signalhub migrate [--json]</c>: bring the database schema up to date, then stop.</summary>
internal static class MigrateCommand
{
    public static Command Build()
    {
        var json = SharedOptions.Json();
        var command = new Command("migrate", "Apply pending database migrations and exit") { json };
        command.SetAction((parse, ct) => CommandHost.RunAsync(parse, HostRoles.None, async (services, token) =>
        {
            var database = services.GetRequiredService<Database>();
            var applied = await services.GetRequiredService<MigrationRunner>().MigrateAsync(token);
            // Secrets written in plain text before migration 0020: sealed now the column is wide enough.
            await services.GetRequiredService<SignalHub.Security.Encryption.TotpSecretSealing>().SealPlainAsync(token);
            var versions = MigrationRunner.Embedded(database.Dialect.Name).Select(m => m.Name).ToList();
            if (parse.GetValue(json))
                JsonOutput.Write(new { provider = database.Dialect.Name, migrations = versions, appliedNow = applied.Select(m => m.Name) });
            else
                Console.WriteLine($"{database.Dialect.Name}: schema at {versions.LastOrDefault() ?? "(none)"}");
            return ExitCodes.Ok;
        }, ct, builder => builder.Configuration["Storage:MigrateOnStart"] = "false"));
        return command;
    }
}
