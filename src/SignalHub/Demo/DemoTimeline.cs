using SignalHub.Outreach;

namespace SignalHub.Demo;

/// <summary>
/// The days of the demo's replay, counted back from today in Amsterdam: last month's files came in 33 days ago and
/// its outreach ran in the days after; this month's files came in 3 days ago. Times are Amsterdam wall-clock times,
/// chosen so that morning, afternoon and evening visits all occur.
/// </summary>
internal sealed class DemoTimeline(DateOnly today)
{
    public const int LastMonthDelivered = 33;
    public const int ThisMonthDelivered = 3;

    public static DemoTimeline Of(TimeProvider clock) => new(AmsterdamTime.Today(clock));

    public DateTimeOffset DaysAgo(int days, int hour, int minute = 0) =>
        AmsterdamTime.FromLocal(today.AddDays(-days).ToDateTime(new TimeOnly(hour, minute)));
}
