using System.Globalization;

namespace SignalHub.Domain.Values;

/// <summary>
/// A calendar month: the unit of the monthly delivery cycle ("the arrears of 2026-11").
/// Construction rejects a month outside 1-12 and a year outside 1-9999; <c>default(Period)</c> is
/// not a valid period, so always construct or parse one.
/// </summary>
public readonly record struct Period(int Year, int Month) : IComparable<Period>
{
    private const string Example = "a month like 2026-11";

    public int Year { get; } = Year is >= 1 and <= 9999
        ? Year
        : throw new ArgumentOutOfRangeException(nameof(Year), Year, "A period's year is 1 to 9999.");

    public int Month { get; } = Month is >= 1 and <= 12
        ? Month
        : throw new ArgumentOutOfRangeException(nameof(Month), Month, "A period's month is 1 to 12.");

    public DateOnly FirstDay => new(Year, Month, 1);

    public DateOnly LastDay => new(Year, Month, DaysInMonth);

    private int DaysInMonth => DateTime.DaysInMonth(Year, Month);

    private int MonthNumber => (Year * 12) + Month - 1;

    public static Period Of(DateOnly date) => new(date.Year, date.Month);

    public static bool operator <(Period left, Period right) => left.CompareTo(right) < 0;

    public static bool operator >(Period left, Period right) => left.CompareTo(right) > 0;

    public static bool operator <=(Period left, Period right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Period left, Period right) => left.CompareTo(right) >= 0;

    public Period Next() => AddMonths(1);

    public Period Previous() => AddMonths(-1);

    public Period AddMonths(int months)
    {
        var number = MonthNumber + months;
        return new Period(number / 12, (number % 12) + 1);
    }

    public bool Contains(DateOnly date) => date.Year == Year && date.Month == Month;

    /// <summary>
    /// The given day of this month, clamped to the month's length: a deadline "on the 31st" falls
    /// on 30 November and on 28 or 29 February.
    /// </summary>
    public DateOnly DeadlineDay(int dayOfMonth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dayOfMonth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dayOfMonth, 31);
        return new DateOnly(Year, Month, Math.Min(dayOfMonth, DaysInMonth));
    }

    public int CompareTo(Period other) => MonthNumber.CompareTo(other.MonthNumber);

    /// <summary>"2026-11".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");

    /// <summary>
    /// Accepts "2026-11" (also with '/' or '.', and "2026-1"), "202611", and month first "11-2026"
    /// or "11/2026". Years outside <see cref="DutchDate.FirstYear"/> to <see cref="DutchDate.LastYear"/>
    /// are rejected.
    /// </summary>
    public static bool TryParse(string? raw, out Period period, out string? error)
    {
        period = default;
        if (string.IsNullOrWhiteSpace(raw))
        {
            error = $"period is empty; expected {Example}";
            return false;
        }

        var text = raw.Trim();
        if (!TrySplit(text, out var year, out var month))
        {
            error = $"period {BadValue.Quote(raw)} is not {Example}";
            return false;
        }

        if (year is < DutchDate.FirstYear or > DutchDate.LastYear)
        {
            error = $"period {BadValue.Quote(raw)} has year {year}; expected a year from {DutchDate.FirstYear} to {DutchDate.LastYear}";
            return false;
        }

        if (month is < 1 or > 12)
        {
            error = $"period {BadValue.Quote(raw)} has no month {month}; expected {Example}";
            return false;
        }

        period = new Period(year, month);
        error = null;
        return true;
    }

    private static bool TrySplit(string text, out int year, out int month)
    {
        year = month = 0;
        if (text.Length == 6 && text.All(char.IsAsciiDigit))
        {
            return Assign(text[..4], text[4..], out year, out month);
        }

        var separator = text.FirstOrDefault(c => !char.IsAsciiDigit(c));
        var parts = separator is '-' or '/' or '.' ? text.Split(separator) : [];
        if (parts.Length != 2 || !parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit)))
        {
            return false;
        }

        return (parts[0].Length, parts[1].Length) switch
        {
            (4, <= 2) => Assign(parts[0], parts[1], out year, out month),
            (<= 2, 4) => Assign(parts[1], parts[0], out year, out month),
            _ => false,
        };
    }

    private static bool Assign(string yearDigits, string monthDigits, out int year, out int month)
    {
        year = int.Parse(yearDigits, NumberStyles.None, CultureInfo.InvariantCulture);
        month = int.Parse(monthDigits, NumberStyles.None, CultureInfo.InvariantCulture);
        return true;
    }
}
