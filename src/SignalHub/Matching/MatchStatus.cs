namespace SignalHub.Matching;

public static class MatchStatus
{
    /// <summary>Has current signals and no case yet.</summary>
    public const string Open = "open";

    /// <summary>A case was made for it.</summary>
    public const string Dispatched = "dispatched";

    /// <summary>Every signal was withdrawn or replaced away by its partner before anyone acted.</summary>
    public const string ResolvedByPartner = "resolved_by_partner";
}
