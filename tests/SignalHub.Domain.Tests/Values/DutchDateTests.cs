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
    [TestCase("31-02-2026", "date '31-02-2026' does not exist: February 2026 has 28 days")]
    [TestCase("31-11-2026", "date '31-11-2026' does not exist: November 2026 has 30 days")]
    [TestCase("00-11-2026", "date '00-11-2026' does not exist: November 2026 has 30 days")]
    [TestCase("12/31/2026", "date '12/31/2026' has no month 31; dates are day-month-year, like 31-12-2026")]
    [TestCase("2026-13-01", "date '2026-13-01' has no month 13")]
    [TestCase("03-11-26", "date '03-11-26' has a two-digit year; write the year in full, like 31-12-2026")]
    [TestCase("03112026", "date '03112026' has year 311; expected a year from 1900 to 2199; eight digits are read as year-month-day, like 20261231")]
    [TestCase("03-11-1850", "date '03-11-1850' has year 1850; expected a year from 1900 to 2199; dates are day-month-year, like 31-12-2026")]
    [TestCase("03-11/2026", "date '03-11/2026' is not a date like 31-12-2026 or 2026-12-31")]
    [TestCase("3 november 2026", "date '3 november 2026' is not a date like 31-12-2026 or 2026-12-31")]
    [TestCase("03-11-2026 00:00", "date '03-11-2026 00:00' is not a date like 31-12-2026 or 2026-12-31")]
    [TestCase("2026-11", "date '2026-11' is not a date like 31-12-2026 or 2026-12-31")]
    [TestCase("abc", "date 'abc' is not a date like 31-12-2026 or 2026-12-31")]
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
