using System.Globalization;
using SignalHub.Ingestion.Calendar;
using SignalHub.Tests.Fixtures;
using static SignalHub.Tests.Ingestion.Calendar.CalendarStack;

namespace SignalHub.Tests.Ingestion.Calendar;

/// <summary>The calendar's times, decided in Amsterdam whatever the server's zone (UTC+1 in winter, UTC+2 in summer).</summary>
public sealed class DeliveryDeadlineTests
{
    [TestCase("2026-11", 25, "2026-11-25 23:00:00", TestName = "Winter: the end of the 25th in Amsterdam is 23:00 UTC")]
    [TestCase("2026-06", 25, "2026-06-25 22:00:00", TestName = "Summer: the end of the 25th in Amsterdam is 22:00 UTC")]
    [TestCase("2027-02", 31, "2027-02-28 23:00:00", TestName = "A deadline day past the month's end falls on its last day")]
    [TestCase("2026-03", 28, "2026-03-28 23:00:00", TestName = "The night the clocks go forward still ends at midnight")]
    public void The_deadline_is_the_end_of_the_deadline_day_in_Amsterdam(string period, int day, string utc)
    {
        Assert.That(DeliveryDeadline.EndOf(Scenario.Month(period), day), Is.EqualTo(Utc(utc)));
    }

    [TestCase("2026-11-21 23:59:59", 3, null)]
    [TestCase("2026-11-22 00:00:00", 3, "2026-11")]
    [TestCase("2026-11-25 23:59:59", 3, "2026-11")]
    [TestCase("2026-11-26 00:00:00", 3, null)]
    [TestCase("2026-11-24 23:59:59", 0, null)]
    [TestCase("2026-11-25 00:00:00", 0, "2026-11")]
    [TestCase("2026-11-30 23:59:59", 27, null, TestName = "A window that would open in the month before opens on the first of the month")]
    [TestCase("2026-12-01 00:00:00", 27, "2026-12")]
    public void Reminders_are_due_from_the_start_of_the_day_N_days_before_the_deadline_until_it_passes(string amsterdam, int daysBefore, string? due)
    {
        var period = DeliveryDeadline.ReminderPeriod(Amsterdam(amsterdam).UtcDateTime, 25, daysBefore);

        Assert.That(period?.ToString(), Is.EqualTo(due));
    }

    [TestCase("2026-11-25 23:59:59", "2026-10")]
    [TestCase("2026-11-26 00:00:00", "2026-10,2026-11")]
    [TestCase("2026-12-01 00:00:00", "2026-11")]
    [TestCase("2027-01-10 12:00:00", "2026-12")]
    public void Late_flags_are_due_for_the_previous_month_and_for_this_month_once_its_deadline_passed(string amsterdam, string periods)
    {
        var due = DeliveryDeadline.PeriodsPastDeadline(Amsterdam(amsterdam).UtcDateTime, 25);

        Assert.That(string.Join(",", due), Is.EqualTo(periods));
    }

    [TestCase("2026-11-25 22:59:59", "2026-11-20 10:00:00", Timeliness.OnTime)]
    [TestCase("2026-11-25 23:00:00", "2026-11-26 10:00:00", Timeliness.Late)]
    [TestCase(null, "2026-11-25 22:59:59", Timeliness.Open)]
    [TestCase(null, "2026-11-25 23:00:00", Timeliness.Missing)]
    public void A_delivery_is_judged_by_when_its_first_completed_file_was_received(string? receivedUtc, string nowUtc, Timeliness expected)
    {
        var deadline = DeliveryDeadline.EndOf(Scenario.Month("2026-11"), 25);

        var judged = DeliveryDeadline.Judge(receivedUtc is null ? null : Utc(receivedUtc), deadline, Utc(nowUtc));

        Assert.That(judged, Is.EqualTo(expected));
    }

    private static DateTime Utc(string text) =>
        DateTime.ParseExact(text, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
