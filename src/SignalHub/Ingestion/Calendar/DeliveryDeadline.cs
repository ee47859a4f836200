using SignalHub.Domain.Values;
using SignalHub.Scheduling;

namespace SignalHub.Ingestion.Calendar;

/// <summary>
/// The times of the delivery calendar, all decided in Europe/Amsterdam: a period's deadline is the end of
/// its deadline day there, whatever the server's zone. Pure functions of the clock, so the jobs stay thin.
/// </summary>
public static class DeliveryDeadline
{
    /// <summary>The first instant (UTC) that is too late: midnight after the deadline day, Amsterdam time.</summary>
    public static DateTime EndOf(Period period, int deadlineDay) => StartOfDayUtc(period.DeadlineDay(deadlineDay).AddDays(1));

    /// <summary>When reminders start (UTC): the start of the day <paramref name="daysBefore"/> days before the deadline day.</summary>
    public static DateTime RemindFrom(Period period, int deadlineDay, int daysBefore) =>
        StartOfDayUtc(period.DeadlineDay(deadlineDay).AddDays(-daysBefore));

    /// <summary>The calendar day in Amsterdam at <paramref name="utcNow"/>.</summary>
    public static DateOnly Today(DateTime utcNow) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utcNow, DateTimeKind.Utc), SchedulingRegistration.Amsterdam));

    /// <summary>The month partners deliver for now: the calendar month in Amsterdam.</summary>
    public static Period CurrentPeriod(TimeProvider clock) => Period.Of(Today(clock.GetUtcNow().UtcDateTime));

    /// <summary>The period whose reminder window holds <paramref name="utcNow"/>, if any: only the current month's.</summary>
    public static Period? ReminderPeriod(DateTime utcNow, int deadlineDay, int daysBefore)
    {
        var period = Period.Of(Today(utcNow));
        return utcNow >= RemindFrom(period, deadlineDay, daysBefore) && utcNow < EndOf(period, deadlineDay) ? period : null;
    }

    /// <summary>
    /// The periods to flag late at <paramref name="utcNow"/>: the current month once its deadline has passed, and
    /// always the previous month, so a scheduler that was down at the end of a month still flags it.
    /// </summary>
    public static IReadOnlyList<Period> PeriodsPastDeadline(DateTime utcNow, int deadlineDay)
    {
        var current = Period.Of(Today(utcNow));
        return utcNow >= EndOf(current, deadlineDay) ? [current.Previous(), current] : [current.Previous()];
    }

    /// <summary>How a partner delivered for a period, from the receipt time of its first completed delivery.</summary>
    public static Timeliness Judge(DateTime? firstCompletedReceivedAt, DateTime deadline, DateTime utcNow) =>
        firstCompletedReceivedAt switch
        {
            { } received when received < deadline => Timeliness.OnTime,
            not null => Timeliness.Late,
            null when utcNow < deadline => Timeliness.Open,
            null => Timeliness.Missing,
        };

    private static DateTime StartOfDayUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), SchedulingRegistration.Amsterdam);
}

/// <summary>A partner's delivery for one period, as the portal and the reports show it.</summary>
public enum Timeliness
{
    /// <summary>Nothing completed yet, and the deadline is still ahead.</summary>
    Open,

    /// <summary>The first completed delivery was received before the deadline.</summary>
    OnTime,

    /// <summary>The first completed delivery was received after the deadline.</summary>
    Late,

    /// <summary>The deadline has passed and nothing has been completed.</summary>
    Missing,
}
