namespace SignalHub.Domain.Outreach;

/// <summary>
/// What must have been tried before a case may be closed as not reached ("Definitief geen contact kunnen
/// krijgen"): the agreement of the Haarlem pilot is two home visits at different moments and two phone calls.
/// </summary>
public sealed record OutreachRequirement(int HomeVisits, int PhoneCalls)
{
    public static readonly OutreachRequirement Agreed = new(2, 2);
}
