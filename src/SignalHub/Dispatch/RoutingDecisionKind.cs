namespace SignalHub.Dispatch;

/// <summary>
/// What a row of <c>routing_decisions</c> records. Every change of a case's route, and every match that got no
/// case of its own, leaves one row with who or what decided (<c>signalhub:routing</c> for the automatic ones),
/// when and why, so reports can count them and nobody has to guess later.
/// </summary>
public static class RoutingDecisionKind
{
    /// <summary>The automatic decision that made the case.</summary>
    public const string Dispatch = "dispatch";

    /// <summary>The match joined the household's open case of an earlier period instead of getting a new one.</summary>
    public const string Join = "join";

    /// <summary>The match got no case; route <c>none</c>, the standard's final result in <c>result</c>.</summary>
    public const string NotPickedUp = "not_picked_up";

    /// <summary>A coordinator moved the case, with a reason.</summary>
    public const string Reassign = "reassign";

    /// <summary>SDV confirmed the household is its client: the case moved to route <c>sdv</c>.</summary>
    public const string ConfirmKnownClient = "confirm_known_client";

    /// <summary>SDV said the household is not its client: the case was routed as not known.</summary>
    public const string RejectKnownClient = "reject_known_client";

    /// <summary>Who decided when no person did.</summary>
    public const string Automatic = "signalhub:routing";
}

/// <summary>The state of an SDV hit shown to SDV in triage.</summary>
public static class HitStatus
{
    public const string Open = "open";
    public const string Confirmed = "confirmed";
    public const string Rejected = "rejected";
}
