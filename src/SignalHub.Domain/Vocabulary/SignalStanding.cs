namespace SignalHub.Domain.Vocabulary;

/// <summary>
/// Where a stored signal stands for its partner: current, withdrawn, or replaced by a newer delivery. The codes are
/// what <c>signals.status</c> stores. Not the standard's <see cref="SignalStatus"/>, which says why a signal was not picked up.
/// </summary>
public enum SignalStanding
{
    Current = 1,
    Withdrawn,
    Replaced,
}

public static class SignalStandings
{
    private static readonly CodeList<SignalStanding> List = new(
        "signal standing",
        new(SignalStanding.Current, "current", "Actueel", null),
        new(SignalStanding.Withdrawn, "withdrawn", "Ingetrokken", null),
        new(SignalStanding.Replaced, "replaced", "Vervangen", null));

    public static IReadOnlyList<SignalStanding> All => List.All;

    public static bool TryParse(string? raw, out SignalStanding value, out string? error) => List.TryParse(raw, out value, out error);

    public static string ToCode(this SignalStanding value) => List.Code(value);

    public static string DutchLabel(this SignalStanding value) => List.Label(value);
}
