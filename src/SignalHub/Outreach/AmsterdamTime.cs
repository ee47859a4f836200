using System.Globalization;
using SignalHub.Scheduling;

namespace SignalHub.Outreach;

/// <summary>
/// Attempts are stored in UTC and read in Amsterdam, where the doors are: the day and day-part of a visit, the
/// day a deadline falls on. A time written without an offset ("2026-11-03T19:30") is Amsterdam wall-clock time.
/// </summary>
public static class AmsterdamTime
{
    // Outreach happens now: a year far off is a typing error, and 0001 or 9999 would overflow the conversions to UTC.
    private const int FirstYear = 2000;
    private const int LastYear = 2199;

    private static readonly string[] LocalFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"];

    public static DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), SchedulingRegistration.Amsterdam);

    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(ToLocal(utc));

    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow().UtcDateTime);

    /// <summary>An Amsterdam wall-clock time as the instant it was; in the autumn's doubled hour, the first of the two.</summary>
    public static DateTimeOffset FromLocal(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        var offset = SchedulingRegistration.Amsterdam.IsAmbiguousTime(unspecified)
            ? SchedulingRegistration.Amsterdam.GetAmbiguousTimeOffsets(unspecified).Max()
            : SchedulingRegistration.Amsterdam.GetUtcOffset(unspecified);
        return new DateTimeOffset(unspecified, offset);
    }

    /// <summary>A day written 2026-11-03, in the years SignalHub's work can fall in (so 0001-01-01 or 9999-12-31 never reach a conversion).</summary>
    public static bool TryParseDay(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day)
        && day.Year is >= FirstYear and <= LastYear;

    /// <summary>Reads "2026-11-03T19:30" as Amsterdam time, and a time with an offset or Z as that instant.</summary>
    public static bool TryParse(string? text, out DateTimeOffset moment, out string? error)
    {
        moment = default;
        error = null;
        var trimmed = text?.Trim() ?? "";
        if (DateTime.TryParseExact(trimmed, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            if (local.Year is < FirstYear or > LastYear)
            {
                error = $"'{trimmed}' lies outside the years {FirstYear} to {LastYear}";
                return false;
            }
            if (SchedulingRegistration.Amsterdam.IsInvalidTime(local))
            {
                error = $"'{trimmed}' does not exist in Amsterdam (the clock skips that hour)";
                return false;
            }
            moment = FromLocal(local);
            return true;
        }
        if (trimmed.Length > 16 && DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.None, out moment)
            && (trimmed.EndsWith('Z') || trimmed[16..].Contains('+', StringComparison.Ordinal) || trimmed[16..].Contains('-', StringComparison.Ordinal)))
        {
            if (moment.UtcDateTime.Year is >= FirstYear and <= LastYear)
                return true;
            error = $"'{trimmed}' lies outside the years {FirstYear} to {LastYear}";
            return false;
        }
        error = $"'{trimmed}' is not a time like 2026-11-03T19:30 (Amsterdam time) or 2026-11-03T18:30Z";
        return false;
    }
}
