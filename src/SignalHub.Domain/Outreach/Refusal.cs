namespace SignalHub.Domain.Outreach;

/// <summary>
/// Why a change to a case was not made: a stable <paramref name="Code"/> for scripts, a sentence in English
/// for the API and the command line, and one in Dutch for the portal.
/// </summary>
public sealed record Refusal(string Code, string Message, string DutchMessage)
{
    public override string ToString() => $"{Code}: {Message}";
}
