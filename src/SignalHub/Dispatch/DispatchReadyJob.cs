using Dapper;
using Quartz;
using SignalHub.Domain.Values;
using SignalHub.Scheduling;
using SignalHub.Storage;

namespace SignalHub.Dispatch;

/// <summary>
/// The scheduled safety net behind the consumer: every hour, dispatch whatever is ready in the periods
/// that still have open matches, so a match never waits for the next delivery to be routed. The fire is
/// recorded with the read of the periods; each period's dispatch is idempotent on its own (a lock and the ready set).
/// </summary>
[DisallowConcurrentExecution]
internal sealed class DispatchReadyJob(Database database, Dispatcher dispatcher, JobFires fires, ILogger<DispatchReadyJob> logger) : IJob
{
    public const string Name = "dispatch-ready";
    public const string Schedule = "0 7 * * * ?";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct)
    {
        var (_, periods) = await fires.OnceAsync(JobFire.Of(context), async (c, t) => await c.QueryAsync<string>(new CommandDefinition(
            "SELECT DISTINCT period FROM matches WHERE status = 'open' AND actionable = @Yes", new { Yes = true }, t, cancellationToken: ct)), ct);
        foreach (var text in periods ?? [])
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
