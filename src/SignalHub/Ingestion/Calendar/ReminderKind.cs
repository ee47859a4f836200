namespace SignalHub.Ingestion.Calendar;

/// <summary>The kinds of row in <c>partner_reminders</c>: each is recorded at most once per partner and period.</summary>
public static class ReminderKind
{
    /// <summary>Before the deadline: the partner has not delivered yet.</summary>
    public const string Reminder = "reminder";

    /// <summary>After the deadline: the partner delivered late or not at all.</summary>
    public const string Late = "late";
}
