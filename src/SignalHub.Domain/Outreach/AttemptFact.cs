using SignalHub.Domain.Vocabulary;

namespace SignalHub.Domain.Outreach;

/// <summary>
/// One recorded attempt as the rules see it: its kind, its wall-clock time in Amsterdam, its day-part (derived
/// from that time unless the worker gave it) and whether the household was reached.
/// </summary>
public sealed record AttemptFact(ContactKind Kind, DateTime Local, DayPart DayPart, bool Reached)
{
    public AttemptFact(ContactKind kind, DateTime local, bool reached)
        : this(kind, local, DayParts.Of(TimeOnly.FromDateTime(local)), reached)
    {
    }

    public DateOnly Date => DateOnly.FromDateTime(Local);
}
