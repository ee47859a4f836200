using Microsoft.Extensions.Options;
using Quartz;
using SignalHub.Scheduling;

namespace SignalHub.Ingestion.Calendar;

/// <summary>
/// Hourly: inside the current month's reminder window, reminds every partner that has not delivered yet,
/// once per period. Outside the window it does nothing, so running it often is harmless. Who is reminded is
/// decided in the transaction that records the fire; each reminder is its own row, once per partner and period.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class DeliveryReminderJob(PartnerReminders reminders, JobFires fires, IOptions<IngestionOptions> ingestion,
    IOptions<CalendarOptions> calendar, TimeProvider clock, ILogger<DeliveryReminderJob> logger) : IJob
{
    public const string Name = "delivery-reminders";
    public const string Schedule = "0 17 * * * ?";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct) => await RunAsync(JobFire.Of(context), ct);

    /// <summary>The job's work, callable without Quartz; returns how many reminders this run recorded.</summary>
    public Task<int> RunAsync(CancellationToken ct) => RunAsync(null, ct);

    public async Task<int> RunAsync(JobFire? fire, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var day = ingestion.Value.DeadlineDay;
        var period = DeliveryDeadline.ReminderPeriod(now, day, calendar.Value.ReminderDaysBefore);
        var (_, undelivered) = await fires.OnceAsync(fire, async (c, t) => period is { } p
            ? await PartnerReminders.UndeliveredAsync(c, t, p, ReminderKind.Reminder, DeliveryDeadline.EndOf(p, day), ct)
            : null, ct);
        if (undelivered is null)
            return 0;
        var count = await reminders.RecordAsync(undelivered, ct);
        if (count > 0)
            logger.LogInformation("Reminded {Count} partners to deliver for {Period}", count, undelivered.Period);
        return count;
    }
}
