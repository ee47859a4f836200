using SignalHub.Domain.Values;

namespace SignalHub.Domain.Tests.Values;

public sealed class PeriodTests
{
    [TestCase("2026-11")]
    [TestCase("2026/11")]
    [TestCase("2026.11")]
    [TestCase("202611")]
    [TestCase("11-2026")]
    [TestCase("11/2026")]
    [TestCase(" 2026-11 ")]
    public void When_a_partner_writes_November_2026_Should_read_it(string raw)
    {
        var parsed = Period.TryParse(raw, out var period, out var error);

        Assert.Multiple(() =>
        {
            Assert.That(parsed, Is.True, error);
            Assert.That(period, Is.EqualTo(new Period(2026, 11)));
        });
    }

    [TestCase("2026-1", 2026, 1)]
    [TestCase("1-2026", 2026, 1)]
    [TestCase("2026-01", 2026, 1)]
    public void When_the_month_has_one_digit_Should_still_read_it(string raw, int year, int month)
    {
        var parsed = Period.TryParse(raw, out var period, out var error);

        Assert.Multiple(() =>
        {
            Assert.That(parsed, Is.True, error);
            Assert.That(period, Is.EqualTo(new Period(year, month)));
        });
    }

    [TestCase(null, "period is empty; expected a month like 2026-11")]
    [TestCase("2026-13", "period '2026-13' has no month 13; expected a month like 2026-11")]
    [TestCase("2026-00", "period '2026-00' has no month 0; expected a month like 2026-11")]
    [TestCase("1850-11", "period '1850-11' has year 1850; expected a year from 1900 to 2199")]
    [TestCase("26-11", "period '26-11' is not a month like 2026-11")]
    [TestCase("2026-11-03", "period '2026-11-03' is not a month like 2026-11")]
    [TestCase("november", "period 'november' is not a month like 2026-11")]
    public void When_a_period_is_not_readable_Should_say_why(string? raw, string expectedError)
    {
        var parsed = Period.TryParse(raw, out _, out var error);

        Assert.Multiple(() =>
        {
            Assert.That(parsed, Is.False);
            Assert.That(error, Is.EqualTo(expectedError));
        });
    }

    [TestCase(2026, 11, "2026-11")]
    [TestCase(2027, 1, "2027-01")]
    public void When_written_Should_be_year_dash_month(int year, int month, string expected) =>
        Assert.That(new Period(year, month).ToString(), Is.EqualTo(expected));

    [TestCase(2026, 2, "2026-02-01", "2026-02-28")]
    [TestCase(2028, 2, "2028-02-01", "2028-02-29")]
    [TestCase(2026, 12, "2026-12-01", "2026-12-31")]
    public void When_asked_for_its_days_Should_give_the_first_and_last(int year, int month, string first, string last)
    {
        var period = new Period(year, month);

        Assert.Multiple(() =>
        {
            Assert.That(period.FirstDay, Is.EqualTo(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(period.LastDay, Is.EqualTo(DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture)));
        });
    }

    [TestCase(2026, 12, 2027, 1)]
    [TestCase(2026, 1, 2026, 2)]
    public void When_the_year_turns_Should_move_to_the_right_month(int year, int month, int nextYear, int nextMonth)
    {
        var period = new Period(year, month);
        var next = new Period(nextYear, nextMonth);

        Assert.Multiple(() =>
        {
            Assert.That(period.Next(), Is.EqualTo(next));
            Assert.That(next.Previous(), Is.EqualTo(period));
            Assert.That(period.AddMonths(13), Is.EqualTo(next.AddMonths(12)));
        });
    }

    [TestCase(2026, 11, 25, 25)]
    [TestCase(2026, 11, 31, 30)]
    [TestCase(2026, 2, 31, 28)]
    [TestCase(2028, 2, 30, 29)]
    [TestCase(2026, 2, 1, 1)]
    public void When_the_deadline_day_is_past_the_month_end_Should_clamp_it(int year, int month, int day, int expectedDay) =>
        Assert.That(new Period(year, month).DeadlineDay(day), Is.EqualTo(new DateOnly(year, month, expectedDay)));

    [TestCase(0)]
    [TestCase(32)]
    public void When_the_deadline_day_is_no_day_of_any_month_Should_refuse(int day) =>
        Assert.That(() => new Period(2026, 11).DeadlineDay(day), Throws.TypeOf<ArgumentOutOfRangeException>());

    [TestCase(2026, 0)]
    [TestCase(2026, 13)]
    [TestCase(0, 1)]
    public void When_constructed_with_an_impossible_month_Should_refuse(int year, int month) =>
        Assert.That(() => new Period(year, month), Throws.TypeOf<ArgumentOutOfRangeException>());

    [Test]
    public void When_a_date_is_given_Should_find_its_period_and_contain_it()
    {
        var date = new DateOnly(2026, 11, 30);
        var period = Period.Of(date);

        Assert.Multiple(() =>
        {
            Assert.That(period, Is.EqualTo(new Period(2026, 11)));
            Assert.That(period.Contains(date), Is.True);
            Assert.That(period.Contains(date.AddDays(1)), Is.False);
        });
    }

    [Test]
    public void When_periods_are_sorted_Should_follow_the_calendar()
    {
        Period[] periods = [new(2027, 1), new(2026, 12), new(2026, 2)];

        Assert.Multiple(() =>
        {
            Assert.That(periods.Order(), Is.EqualTo(new Period[] { new(2026, 2), new(2026, 12), new(2027, 1) }));
            Assert.That(new Period(2026, 12) < new Period(2027, 1), Is.True);
            Assert.That(new Period(2026, 12) >= new Period(2027, 1), Is.False);
        });
    }
}
