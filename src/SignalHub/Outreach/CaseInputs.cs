using SignalHub.Domain.Outreach;
using SignalHub.Domain.Vocabulary;

namespace SignalHub.Outreach;

/// <summary>
/// One contact attempt as a worker records it. <paramref name="Workers"/> are the people who made it: a joint
/// visit by two workers is one attempt with two names. <paramref name="DayPart"/> is derived from the time in
/// Amsterdam unless given.
/// </summary>
public sealed record AttemptInput(ContactKind Kind, DateTimeOffset At, bool Reached, IReadOnlyList<string> Workers,
    string? Note = null, DayPart? DayPart = null);

/// <summary>A final result of the standard, with the schemes applied for and the help that started.</summary>
public sealed record ClosingInput(CaseResult Result, IReadOnlyList<Scheme>? Schemes = null, IReadOnlyList<HelpKind>? Help = null,
    string? Note = null);

/// <summary>A warm hand-over: the case is offered to a named person, optionally of another team.</summary>
public sealed record HandOverInput(string Receiver, string? ReceiverTeam = null, string? Note = null);

/// <summary>
/// What a change did: the case's status afterwards, the attempt it recorded, or why it was refused. A refusal
/// may still have changed something: the actuality check closes a case whose signals are gone.
/// </summary>
public sealed record CaseChange(Guid CaseId, string? Status, Refusal? Refusal, Guid? AttemptId = null)
{
    public bool Done => Refusal is null;

    public static CaseChange NotFound(Guid caseId) =>
        new(caseId, null, new Refusal("not_found", $"There is no case {caseId}.", $"Zaak {caseId} bestaat niet."));
}
