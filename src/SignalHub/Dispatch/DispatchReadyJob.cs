using Dapper;
using Quartz;
using SignalHub.Domain.Values;
using SignalHub.Storage;

namespace SignalHub.Dispatch;

/// <summary>
/// The scheduled safety net behind the consumer: every hour, dispatch whatever is ready in the periods
/// that still have open matches, so a match never waits for the next delivery to be routed.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class DispatchReadyJob(Database database, Dispatcher dispatcher, ILogger<DispatchReadyJob> logger) : IJob
{
    public const string Name = "dispatch-ready";
    public const string Schedule = "0 7 * * * ?";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct)
    {
        var periods = await database.ReadAsync(c => c.QueryAsync<string>(new CommandDefinition(
            "SELECT DISTINCT period FROM matches WHERE status = 'open' AND actionable = @Yes", new { Yes = true }, cancellationToken: ct)), ct);
        foreach (var text in periods)
        {
            if (!Period.TryParse(text, out var period, out _))
                continue;
            var summary = await database.InTransactionAsync(async (c, t) =>
            {
                await database.Dialect.LockAsync(c, t, $"dispatch:{period}", ct);
                return await dispatcher.DispatchAsync(c, t, period, [], ct);
            }, ct);
            if (summary.Cases > 0)
                logger.LogInformation("Scheduled dispatch made {Count} cases for {Period}", summary.Cases, period);
        }
    }
}
