using Microsoft.Extensions.Options;
using Quartz;

namespace SignalHub.Ingestion.Calendar;

/// <summary>
/// Hourly: once a period's deadline has passed, flags every partner whose first completed delivery came after
/// it or that has none yet, once per period. A partner that delivers late is flagged at the next run after.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class LateDeliveryJob(PartnerReminders reminders, IOptions<IngestionOptions> ingestion, TimeProvider clock,
    ILogger<LateDeliveryJob> logger) : IJob
{
    public const string Name = "late-deliveries";
    public const string Schedule = "0 19 * * * ?";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct) => await RunAsync(ct);

    /// <summary>The job's work, callable without Quartz; returns how many late flags this run recorded.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var day = ingestion.Value.DeadlineDay;
        var total = 0;
        foreach (var period in DeliveryDeadline.PeriodsPastDeadline(now, day))
        {
            var count = await reminders.RecordAsync(period, ReminderKind.Late, DeliveryDeadline.EndOf(period, day), ct);
            if (count > 0)
                logger.LogInformation("Flagged {Count} partners late for {Period}", count, period);
            total += count;
        }
        return total;
    }
}
