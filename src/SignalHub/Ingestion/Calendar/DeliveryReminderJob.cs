using Microsoft.Extensions.Options;
using Quartz;

namespace SignalHub.Ingestion.Calendar;

/// <summary>
/// Hourly: inside the current month's reminder window, reminds every partner that has not delivered yet,
/// once per period. Outside the window it does nothing, so running it often is harmless.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class DeliveryReminderJob(PartnerReminders reminders, IOptions<IngestionOptions> ingestion, IOptions<CalendarOptions> calendar,
    TimeProvider clock, ILogger<DeliveryReminderJob> logger) : IJob
{
    public const string Name = "delivery-reminders";
    public const string Schedule = "0 17 * * * ?";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct) => await RunAsync(ct);

    /// <summary>The job's work, callable without Quartz; returns how many reminders this run recorded.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var day = ingestion.Value.DeadlineDay;
        if (DeliveryDeadline.ReminderPeriod(now, day, calendar.Value.ReminderDaysBefore) is not { } period)
            return 0;
        var count = await reminders.RecordAsync(period, ReminderKind.Reminder, DeliveryDeadline.EndOf(period, day), ct);
        if (count > 0)
            logger.LogInformation("Reminded {Count} partners to deliver for {Period}", count, period);
        return count;
    }
}
