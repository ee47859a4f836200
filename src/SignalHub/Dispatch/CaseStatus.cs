namespace SignalHub.Dispatch;

/// <summary>The outreach flow of a case: new, assigned, contact attempted, in contact, help accepted, closed.</summary>
public static class CaseStatus
{
    public const string New = "new";
    public const string Assigned = "assigned";
    public const string ContactAttempted = "contact_attempted";
    public const string InContact = "in_contact";
    public const string HelpAccepted = "help_accepted";
    public const string Closed = "closed";
}
