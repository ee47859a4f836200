using Dapper;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SignalHub.Storage;

namespace SignalHub.Hosting;

/// <summary>Ready only while the database answers a query; no retry, so a probe sees an outage at once.</summary>
internal sealed class DatabaseHealthCheck(Database database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT 1", commandTimeout: 5, cancellationToken: cancellationToken));
            return HealthCheckResult.Healthy($"{database.Dialect.Name} answers");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"{database.Dialect.Name} does not answer: {e.Message}");
        }
    }
}
