using System.Globalization;

namespace SignalHub.Domain.Values;

/// <summary>
/// Reads dates as Dutch partners write them. Day first for "03-11-2026", "3/11/2026" and "03.11.2026";
/// year first for "2026-11-03" and the eight digits "20261103". Never month first: "11/03/2026" is
/// 11 March. Two-digit years, times and month names are rejected rather than guessed.
/// Years outside 1900 to 2199 are rejected: they come from swapped fields, not from real arrears.
/// An error names the rule, never the value: a rejected birth date is personal data and the reason is stored.
/// </summary>
public static class DutchDate
{
    public const int FirstYear = 1900;
    public const int LastYear = 2199;

    private const string Example = "a date like 31-12-2026 or 2026-12-31";
    private const string DayFirstHint = "; dates are day-month-year, like 31-12-2026";
    private const string EightDigitsHint = "; eight digits are read as year-month-day, like 20261231";

    public static bool TryParse(string? raw, out DateOnly date, out string? error)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(raw))
        {
            error = $"date is empty; expected {Example}";
            return false;
        }

        var text = raw.Trim();
        if (text.Length == 8 && text.All(char.IsAsciiDigit))
        {
            return TryCompose(Number(text[..4]), Number(text[4..6]), Number(text[6..]), EightDigitsHint, out date, out error);
        }

        var parts = SplitOnOneSeparator(text);
        if (parts is null)
        {
            error = $"date is not {Example}";
            return false;
        }

        var (first, middle, last) = parts.Value;
        if (first.Length == 4 && middle.Length <= 2 && last.Length <= 2)
        {
            return TryCompose(Number(first), Number(middle), Number(last), "", out date, out error);
        }

        if (last.Length == 4 && first.Length <= 2 && middle.Length <= 2)
        {
            return TryCompose(Number(last), Number(middle), Number(first), DayFirstHint, out date, out error);
        }

        error = last.Length == 2 && first.Length <= 2 && middle.Length <= 2
            ? "date has a two-digit year; write the year in full, like 31-12-2026"
            : $"date is not {Example}";
        return false;
    }

    private static bool TryCompose(int year, int month, int day, string hint, out DateOnly date, out string? error)
    {
        date = default;
        if (year is < FirstYear or > LastYear)
        {
            error = $"date has a year outside {FirstYear} to {LastYear}{hint}";
            return false;
        }

        if (month is < 1 or > 12)
        {
            error = $"date has a month outside 1 to 12{hint}";
            return false;
        }

        var daysInMonth = DateTime.DaysInMonth(year, month);
        if (day < 1 || day > daysInMonth)
        {
            error = "date does not exist: its month has no such day";
            return false;
        }

        date = new DateOnly(year, month, day);
        error = null;
        return true;
    }

    /// <summary>Three groups of digits split by one kind of separator ('-', '/' or '.'), or null.</summary>
    private static (string First, string Middle, string Last)? SplitOnOneSeparator(string text)
    {
        var separator = text.FirstOrDefault(c => !char.IsAsciiDigit(c));
        if (separator is not ('-' or '/' or '.'))
        {
            return null;
        }

        var parts = text.Split(separator);
        return parts.Length == 3 && parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit))
            ? (parts[0], parts[1], parts[2])
            : null;
    }

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
}
