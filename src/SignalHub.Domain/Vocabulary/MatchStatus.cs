namespace SignalHub.Domain.Vocabulary;

/// <summary>Where a match stands; the codes are what <c>matches.status</c> stores.</summary>
public enum MatchStatus
{
    /// <summary>Has current signals and no case yet.</summary>
    Open = 1,

    /// <summary>A case was made for it, or it joined the household's open case.</summary>
    Dispatched,

    /// <summary>No case: the match's <c>not_picked_up</c> column holds the standard's final result that says why.</summary>
    NotPickedUp,

    /// <summary>Every signal was withdrawn or replaced away by its partner before anyone acted.</summary>
    ResolvedByPartner,
}

public static class MatchStatuses
{
    private static readonly CodeList<MatchStatus> List = new(
        "match status",
        new(MatchStatus.Open, "open", "Open", null),
        new(MatchStatus.Dispatched, "dispatched", "Uitgezet", null),
        new(MatchStatus.NotPickedUp, "not_picked_up", "Niet opgepakt", null),
        new(MatchStatus.ResolvedByPartner, "resolved_by_partner", "Opgelost door partner", null));

    public static IReadOnlyList<MatchStatus> All => List.All;

    public static bool TryParse(string? raw, out MatchStatus value, out string? error) => List.TryParse(raw, out value, out error);

    public static string ToCode(this MatchStatus value) => List.Code(value);

    public static string DutchLabel(this MatchStatus value) => List.Label(value);
}
