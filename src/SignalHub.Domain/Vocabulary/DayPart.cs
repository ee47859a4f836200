namespace SignalHub.Domain.Vocabulary;

/// <summary>Part of the day of a contact attempt: the standard's EnumDagdeel (DDAS v0.9).</summary>
public enum DayPart
{
    Morning = 1,
    Afternoon,
    Evening,
}

public static class DayParts
{
    public const string DdasEnum = "EnumDagdeel";

    /// <summary>Afternoon starts at 12:00 and evening at 18:00; the standard leaves the boundaries open.</summary>
    public static readonly TimeOnly AfternoonStarts = new(12, 0);

    public static readonly TimeOnly EveningStarts = new(18, 0);

    private static readonly CodeList<DayPart> List = new(
        "day part",
        new(DayPart.Morning, "morning", "Ochtend", "Ochtend"),
        new(DayPart.Afternoon, "afternoon", "Middag", "Middag"),
        new(DayPart.Evening, "evening", "Avond", "Avond"));

    public static IReadOnlyList<DayPart> All => List.All;

    public static bool TryParse(string? raw, out DayPart value, out string? error) => List.TryParse(raw, out value, out error);

    public static string ToCode(this DayPart value) => List.Code(value);

    public static string DutchLabel(this DayPart value) => List.Label(value);

    public static string ToDdas(this DayPart value) => List.Ddas(value)!;

    public static bool TryFromDdas(string? ddas, out DayPart value) => List.TryFromDdas(ddas, out value);

    public static DayPart FromDdas(string ddas) => List.FromDdas(ddas, DdasEnum);

    /// <summary>The day part of a clock time: before 12:00 morning, before 18:00 afternoon, else evening.</summary>
    public static DayPart Of(TimeOnly time) =>
        time < AfternoonStarts ? DayPart.Morning
        : time < EveningStarts ? DayPart.Afternoon
        : DayPart.Evening;
}
