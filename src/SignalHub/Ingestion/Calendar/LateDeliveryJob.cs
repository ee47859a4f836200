using Microsoft.Extensions.Options;
using Quartz;
using SignalHub.Scheduling;

namespace SignalHub.Ingestion.Calendar;

/// <summary>
/// Hourly: once a period's deadline has passed, flags every partner whose first completed delivery came after
/// it or that has none yet, once per period. A partner that delivers late is flagged at the next run after.
/// Who is flagged is decided in the transaction that records the fire; each flag is its own row.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class LateDeliveryJob(PartnerReminders reminders, JobFires fires, IOptions<IngestionOptions> ingestion, TimeProvider clock,
    ILogger<LateDeliveryJob> logger) : IJob
{
    public const string Name = "late-deliveries";
    public const string Schedule = "0 19 * * * ?";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct) => await RunAsync(JobFire.Of(context), ct);

    /// <summary>The job's work, callable without Quartz; returns how many late flags this run recorded.</summary>
    public Task<int> RunAsync(CancellationToken ct) => RunAsync(null, ct);

    public async Task<int> RunAsync(JobFire? fire, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var day = ingestion.Value.DeadlineDay;
        var (_, late) = await fires.OnceAsync(fire, async (c, t) =>
        {
            var periods = new List<PartnerReminders.Undelivered>();
            foreach (var period in DeliveryDeadline.PeriodsPastDeadline(now, day))
                periods.Add(await PartnerReminders.UndeliveredAsync(c, t, period, ReminderKind.Late, DeliveryDeadline.EndOf(period, day), ct));
            return periods;
        }, ct);
        var total = 0;
        foreach (var undelivered in late ?? [])
        {
            var count = await reminders.RecordAsync(undelivered, ct);
            if (count > 0)
                logger.LogInformation("Flagged {Count} partners late for {Period}", count, undelivered.Period);
            total += count;
        }
        return total;
    }
}
