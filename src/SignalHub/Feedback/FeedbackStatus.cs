using SignalHub.Domain.Vocabulary;

namespace SignalHub.Feedback;

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
    public static string ToCode(this FeedbackStatus status) => status switch
    {
        FeedbackStatus.Received => "received",
        FeedbackStatus.InProgress => "in_progress",
        FeedbackStatus.ContactMade => "contact_made",
        FeedbackStatus.HelpUnderWay => "help_under_way",
        FeedbackStatus.Closed => "closed",
        FeedbackStatus.NotPickedUp => "not_picked_up",
        _ => "withdrawn",
    };

    public static string DutchLabel(this FeedbackStatus status) => status switch
    {
        FeedbackStatus.Received => "Ontvangen",
        FeedbackStatus.InProgress => "In behandeling",
        FeedbackStatus.ContactMade => "Contact gelegd",
        FeedbackStatus.HelpUnderWay => "Hulp gestart",
        FeedbackStatus.Closed => "Afgesloten",
        FeedbackStatus.NotPickedUp => "Niet opgepakt",
        _ => "Ingetrokken door partner",
    };

    /// <summary>
    /// The standard's EnumSignaalstatus where one fits. Only "Nog niet opgepakt" does: the standard's other statuses
    /// each name the reason a signal was not picked up, which the partner does not get.
    /// </summary>
    public static string? ToDdas(this FeedbackStatus status) =>
        status == FeedbackStatus.Received ? SignalStatus.NotYetPickedUp.ToDdas() : null;
}
