namespace SignalHub.Domain.Vocabulary;

/// <summary>
/// What a partner may know of its own signal, and no more: where it stands, never why it was not picked up,
/// where the household went (that would say whether it is a debt-service client), other debts or other partners.
/// </summary>
public enum FeedbackStatus
{
    /// <summary>Received and matched, not picked up yet. The standard's "Nog niet opgepakt".</summary>
    Received,

    /// <summary>A case exists and a team has it (new or assigned, or a contact attempt without contact yet).</summary>
    InProgress,

    /// <summary>A worker has spoken with the household.</summary>
    ContactMade,

    /// <summary>The household accepted help.</summary>
    HelpUnderWay,

    /// <summary>The case is closed; with the standard's final result only where the covenant allows it.</summary>
    Closed,

    /// <summary>No case was made. The reason (below the minimum, a repeat signal, not a resident) stays with the municipality.</summary>
    NotPickedUp,

    /// <summary>The partner withdrew the signal, or its newer delivery left it out.</summary>
    Withdrawn,
}

public static class FeedbackStatuses
{
    private static readonly CodeList<FeedbackStatus> List = new(
        "feedback status",
        new(FeedbackStatus.Received, "received", "Ontvangen", null),
        new(FeedbackStatus.InProgress, "in_progress", "In behandeling", null),
        new(FeedbackStatus.ContactMade, "contact_made", "Contact gelegd", null),
        new(FeedbackStatus.HelpUnderWay, "help_under_way", "Hulp gestart", null),
        new(FeedbackStatus.Closed, "closed", "Afgesloten", null),
        new(FeedbackStatus.NotPickedUp, "not_picked_up", "Niet opgepakt", null),
        new(FeedbackStatus.Withdrawn, "withdrawn", "Ingetrokken door partner", null));

    public static IReadOnlyList<FeedbackStatus> All => List.All;

    public static bool TryParse(string? raw, out FeedbackStatus value, out string? error) => List.TryParse(raw, out value, out error);

    public static string ToCode(this FeedbackStatus status) => List.Code(status);

    public static string DutchLabel(this FeedbackStatus status) => List.Label(status);

    /// <summary>
    /// The standard's EnumSignaalstatus where one fits. Only "Nog niet opgepakt" does: the standard's other statuses
    /// each name the reason a signal was not picked up, which the partner does not get.
    /// </summary>
    public static string? ToDdas(this FeedbackStatus status) =>
        status == FeedbackStatus.Received ? SignalStatus.NotYetPickedUp.ToDdas() : null;
}
