namespace SignalHub.Matching;

/// <summary>One select of the triage filter: its field name, Dutch label, chosen value, message, and options (value, text).</summary>
public sealed record FilterSelect(string Name, string Label, string? Selected, string? Error, IReadOnlyList<(string Value, string Text)> Options);

/// <summary>How the triage pages write a match's address on one line.</summary>
public static class TriageText
{
    public static string Address(MatchAddress a) => Portal.Labels.Address(a);

    /// <summary>"november 2026" for a stored period, the code itself should it not read as one.</summary>
    public static string Period(string period) =>
        Domain.Values.Period.TryParse(period, out var parsed, out _) ? Portal.Labels.Period(parsed) : period;
}
