using System.Globalization;
using SignalHub.Domain.Outreach;
using SignalHub.Domain.Values;
using SignalHub.Domain.Vocabulary;

namespace SignalHub.Portal;

/// <summary>How the portal says things in Dutch: statuses, routes, dates (Europe/Amsterdam) and amounts.</summary>
public static partial class Labels
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>One line for a door: "Lindelaan 12A-2, 1234 AB Spaarndam", the street left out where it is unknown.</summary>
    public static string Address(string? street, int houseNumber, string? letter, string? addition, string postcode, string? city)
    {
        var door = $"{houseNumber}{letter}{(addition is null ? "" : "-" + addition)}";
        return string.Join(", ", street is null ? door : $"{street} {door}", $"{postcode} {city}".Trim());
    }

    public static string Address(Matching.MatchAddress a) => Address(a.Street, a.HouseNumber, a.HouseLetter, a.HouseNumberAddition, a.Postcode, a.City);

    public static string Period(Period period) => new DateOnly(period.Year, period.Month, 1).ToString("MMMM yyyy", Dutch);

    public static string Time(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Amsterdam).ToString("d MMM yyyy HH:mm", Dutch);

    public static string Time(DateTime? utc) => utc is { } value ? Time(value) : "";

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Dutch);

    /// <summary>"dinsdag 25 november 2026": a deadline reads better with its weekday.</summary>
    public static string LongDate(DateOnly date) => date.ToString("dddd d MMMM yyyy", Dutch);

    /// <summary>"1.234": counts in Dutch notation.</summary>
    public static string Count(long count) => count.ToString("N0", Dutch);

    /// <summary>"512 MB", in whole mebibytes as a partner's file manager shows them; smaller sizes in kB.</summary>
    public static string Bytes(long bytes) => bytes >= 1024 * 1024
        ? $"{Count(bytes / (1024 * 1024))} MB"
        : $"{Count(Math.Max(1, bytes / 1024))} kB";

    public static string Timeliness(Ingestion.Calendar.Timeliness timeliness) => timeliness switch
    {
        Ingestion.Calendar.Timeliness.OnTime => "op tijd",
        Ingestion.Calendar.Timeliness.Late => "te laat",
        Ingestion.Calendar.Timeliness.Missing => "niet geleverd",
        _ => "nog open",
    };

    /// <summary>The calendar's timeliness code as the data-quality summary carries it.</summary>
    public static string Timeliness(string code) => code switch
    {
        "on_time" => "op tijd",
        "late" => "te laat",
        "missing" => "niet geleverd",
        "not_expected" => "niet verwacht (partner na de uiterste datum aangemeld)",
        _ => "nog open",
    };

    public static string Amount(decimal? amount) => amount is { } value ? value.ToString("C", Dutch) : "";

    public static string CostType(string code) =>
        CostTypes.TryParse(code, out var type, out _) ? type.DutchLabel().ToLower(Dutch) : code;

    public static string DeliveryStatus(string status) =>
        DeliveryStatuses.TryParse(status, out var value, out _) ? value.DutchLabel().ToLower(Dutch) : status;

    /// <summary>How a delivery came in, for a delivery without a file name.</summary>
    public static string Source(string source) => source switch
    {
        "api" => "via de partner-API",
        "portal" => "via het portaal",
        "cli" => "via de opdrachtregel",
        _ => source,
    };

    public static string Route(string route) => route switch
    {
        "sdv" => "SDV (bekend bij schuldhulp)",
        "wijkteam" => "Wijkteam",
        "budgetcoach" => "Budgetcoach",
        "coordinator" => "Coördinator",
        "none" => "geen (niet opgepakt)",
        _ => route,
    };

    public static string PriorityClass(string cls) => cls switch
    {
        "urgent" => "urgent",
        "high" => "hoog",
        "normal" => "normaal",
        "low" => "laag",
        _ => cls,
    };

    public static string CaseStatus(string status) =>
        CaseStages.TryParse(status, out var value, out _) ? value.DutchLabel().ToLower(Dutch) : status;

    public static string MatchStatus(string status) =>
        MatchStatuses.TryParse(status, out var value, out _) ? value.DutchLabel().ToLower(Dutch) : status;
}
