using System.Globalization;
using System.Text.RegularExpressions;
using SignalHub.Domain.Values;

namespace SignalHub.Reporting;

/// <summary>A month (<c>2026-11</c>) or a quarter (<c>2026-Q4</c>) of the monitor, and the months it covers.</summary>
public sealed partial record ReportPeriod(string Key, Period First, Period Last)
{
    public bool IsQuarter => First != Last;

    public IEnumerable<Period> Months()
    {
        for (var month = First; month <= Last; month = month.Next())
            yield return month;
    }

    public static ReportPeriod Month(Period month) => new(month.ToString(), month, month);

    public static ReportPeriod Quarter(int year, int quarter)
    {
        var first = new Period(year, (quarter - 1) * 3 + 1);
        return new(string.Create(CultureInfo.InvariantCulture, $"{year:D4}-Q{quarter}"), first, first.AddMonths(2));
    }

    /// <summary>The quarter that holds <paramref name="month"/>.</summary>
    public static ReportPeriod QuarterOf(Period month) => Quarter(month.Year, (month.Month - 1) / 3 + 1);

    public static bool TryParse(string? raw, out ReportPeriod period, out string? error)
    {
        period = Month(new Period(2000, 1));
        var text = raw?.Trim() ?? "";
        var quarter = QuarterPattern().Match(text);
        if (quarter.Success)
        {
            period = Quarter(int.Parse(quarter.Groups[1].Value, CultureInfo.InvariantCulture), quarter.Groups[2].Value[0] - '0');
            error = null;
            return true;
        }
        if (Period.TryParse(text, out var month, out _))
        {
            period = Month(month);
            error = null;
            return true;
        }
        error = $"'{raw}' is not a period: use YYYY-MM (2026-11) or YYYY-Qn (2026-Q4)";
        return false;
    }

    [GeneratedRegex(@"^([1-9][0-9]{3})-[Qq]([1-4])$")]
    private static partial Regex QuarterPattern();
}
