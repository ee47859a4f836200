using SignalHub.Domain.Values;

namespace SignalHub.Domain.Tests.Values;

public sealed class DutchDateTests
{
    [TestCase("2026-11-03")]
    [TestCase("03-11-2026")]
    [TestCase("3-11-2026")]
    [TestCase("03/11/2026")]
    [TestCase("3/11/2026")]
    [TestCase("03.11.2026")]
    [TestCase("3.11.2026")]
    [TestCase("20261103")]
    [TestCase("2026/11/3")]
    [TestCase(" 03-11-2026 ")]
    public void When_a_partner_writes_the_third_of_November_Should_read_it(string raw)
    {
        var parsed = DutchDate.TryParse(raw, out var date, out var error);

        Assert.Multiple(() =>
        {
            Assert.That(parsed, Is.True, error);
            Assert.That(error, Is.Null);
            Assert.That(date, Is.EqualTo(new DateOnly(2026, 11, 3)));
        });
    }

    [TestCase("11/03/2026", 2026, 3, 11)]
    [TestCase("29-02-2028", 2028, 2, 29)]
    [TestCase("31-12-1900", 1900, 12, 31)]
    public void When_the_day_comes_first_Should_never_read_it_as_a_month(string raw, int year, int month, int day)
    {
        var parsed = DutchDate.TryParse(raw, out var date, out var error);

        Assert.Multiple(() =>
        {
            Assert.That(parsed, Is.True, error);
            Assert.That(date, Is.EqualTo(new DateOnly(year, month, day)));
        });
    }

    [TestCase(null, "date is empty; expected a date like 31-12-2026 or 2026-12-31")]
    [TestCase(" ", "date is empty; expected a date like 31-12-2026 or 2026-12-31")]
    [TestCase("31-02-2026", "date does not exist: its month has no such day")]
    [TestCase("31-11-2026", "date does not exist: its month has no such day")]
    [TestCase("00-11-2026", "date does not exist: its month has no such day")]
    [TestCase("12/31/2026", "date has a month outside 1 to 12; dates are day-month-year, like 31-12-2026")]
    [TestCase("2026-13-01", "date has a month outside 1 to 12")]
    [TestCase("03-11-26", "date has a two-digit year; write the year in full, like 31-12-2026")]
    [TestCase("03112026", "date has a year outside 1900 to 2199; eight digits are read as year-month-day, like 20261231")]
    [TestCase("03-11-1850", "date has a year outside 1900 to 2199; dates are day-month-year, like 31-12-2026")]
    [TestCase("03-11/2026", "date is not a date like 31-12-2026 or 2026-12-31")]
    [TestCase("3 november 2026", "date is not a date like 31-12-2026 or 2026-12-31")]
    [TestCase("03-11-2026 00:00", "date is not a date like 31-12-2026 or 2026-12-31")]
    [TestCase("2026-11", "date is not a date like 31-12-2026 or 2026-12-31")]
    [TestCase("abc", "date is not a date like 31-12-2026 or 2026-12-31")]
    public void When_a_date_is_not_readable_Should_say_why(string? raw, string expectedError)
    {
        var parsed = DutchDate.TryParse(raw, out _, out var error);

        Assert.Multiple(() =>
        {
            Assert.That(parsed, Is.False);
            Assert.That(error, Is.EqualTo(expectedError));
        });
    }
}
