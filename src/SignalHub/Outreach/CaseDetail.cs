namespace SignalHub.Outreach;

/// <summary>
/// One case with everything the worker needs on its page: attempts, what the outreach rule still needs, the
/// hand-over, the outcome, aftercare and the history. Field names are a contract of <c>case show --json</c>.
/// </summary>
public sealed record CaseDetail(Guid Id, Guid MatchId, string Period, string Route, string? Team, string? AssignedTo, string Status,
    string StatusLabel, DateOnly DueDate, DateOnly FirstAttemptDue, bool AtRisk, bool Overdue, IReadOnlyList<string> Risks,
    IReadOnlyList<AttemptView> Attempts, RuleView Rule, HandOverView? HandOver, OutcomeView? Outcome, IReadOnlyList<FollowUpView> FollowUps,
    IReadOnlyList<CaseEventView> Events);

/// <summary>The outreach rule's count: what counted so far and what is still needed, in Dutch (portal) and English.</summary>
public sealed record RuleView(int HomeVisits, int PhoneCalls, int RequiredHomeVisits, int RequiredPhoneCalls, bool Met,
    IReadOnlyList<string> Needs, IReadOnlyList<string> NeedsInEnglish);

/// <summary>The latest warm hand-over: pending while <paramref name="AcceptedAt"/> is null.</summary>
public sealed record HandOverView(string Sender, string? SenderTeam, string Receiver, string? ReceiverTeam, DateTime OfferedAt,
    DateTime? AcceptedAt, string? Note)
{
    public bool Pending => AcceptedAt is null;
}

/// <summary>The final result as a code, in the standard's words and in plain Dutch, with schemes and help by code.</summary>
public sealed record OutcomeView(string Result, string Label, string PlainDutch, IReadOnlyList<string> Schemes, IReadOnlyList<string> Help,
    DateTime? ClosedAt, string? ClosedBy);

/// <summary>A planned aftercare check, with where the household lives and who has the case.</summary>
/// <summary>One aftercare check; <paramref name="CaseMonth"/> tells apart the checks of one door's cases of different months.</summary>
public sealed record FollowUpView(Guid Id, Guid CaseId, int Months, DateOnly DueOn, DateTime? DoneAt, string? DoneBy, string? Team,
    string? AssignedTo, string Address, string CaseMonth);

public sealed record CaseEventView(DateTime At, string Actor, string Event, string? From, string? To, string? Detail);
