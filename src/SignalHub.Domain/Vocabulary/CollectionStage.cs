namespace SignalHub.Domain.Vocabulary;

/// <summary>
/// How far the partner's collection has gone, in order of escalation. Five codes for six Dutch
/// words: an aanmaning and an ingebrekestelling are both a formal notice that the debtor is in
/// default, so both map to <see cref="FormalNotice"/>. The standard has no such list.
/// </summary>
public enum CollectionStage
{
    /// <summary>herinnering</summary>
    Reminder = 1,

    /// <summary>aanmaning or ingebrekestelling</summary>
    FormalNotice,

    /// <summary>dagvaarding: the partner has gone to court.</summary>
    Summons,

    /// <summary>ontruiming gepland: an eviction date is set.</summary>
    EvictionScheduled,

    /// <summary>afsluiting gepland: a cut-off of energy or water is set.</summary>
    CutoffScheduled,
}

public static class CollectionStages
{
    private static readonly CodeList<CollectionStage> List = new(
        "collection stage",
        new(CollectionStage.Reminder, "reminder", "Herinnering", null, "herinnering"),
        new(CollectionStage.FormalNotice, "formal_notice", "Aanmaning of ingebrekestelling", null, "aanmaning", "ingebrekestelling"),
        new(CollectionStage.Summons, "summons", "Dagvaarding", null, "dagvaarding"),
        new(CollectionStage.EvictionScheduled, "eviction_scheduled", "Ontruiming gepland", null, "ontruiming_gepland"),
        new(CollectionStage.CutoffScheduled, "cutoff_scheduled", "Afsluiting gepland", null, "afsluiting_gepland"));

    public static IReadOnlyList<CollectionStage> All => List.All;

    public static bool TryParse(string? raw, out CollectionStage value, out string? error) => List.TryParse(raw, out value, out error);

    public static string ToCode(this CollectionStage value) => List.Code(value);

    public static string DutchLabel(this CollectionStage value) => List.Label(value);
}
