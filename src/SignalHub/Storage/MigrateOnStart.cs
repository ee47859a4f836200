using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SignalHub.Storage.Dialects;

namespace SignalHub.Storage;

/// <summary>Brings the schema up to date before any other part of the process touches the database.</summary>
internal sealed class MigrateOnStart(MigrationRunner runner, IOptions<StorageOptions> options, ISqlDialect dialect,
    ILogger<MigrateOnStart> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (dialect is SqlServerDialect)
            logger.LogWarning("SQL Server client Microsoft.Data.SqlClient 2.1.4 has known advisories (CVE-2022-41064, CVE-2024-0056); raise it where your package feed serves 2.1.7 or later (docs/security.md)");
        if (options.Value.MigrateOnStart)
            await StartupRetry.For(dialect, TimeSpan.FromSeconds(options.Value.StartupRetrySeconds), logger)
                .ExecuteAsync(async ct => await runner.MigrateAsync(ct), cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
