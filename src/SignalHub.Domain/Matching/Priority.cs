namespace SignalHub.Domain.Matching;

public enum PriorityClass
{
    Low,
    Normal,
    High,
    Urgent,
}

/// <summary>A match's place in the queue, with the reasons a triage worker reads (in Dutch).</summary>
public sealed record Priority(PriorityClass Class, int Score, IReadOnlyList<string> Reasons);
