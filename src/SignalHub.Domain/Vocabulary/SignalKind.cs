namespace SignalHub.Domain.Vocabulary;

/// <summary>Why a partner reports a household.</summary>
public enum SignalKind
{
    /// <summary>Payment arrears (achterstand): the usual signal, and what an empty column means.</summary>
    Arrears = 1,

    /// <summary>The household consented to be referred (verwijzing), for example after a financial check with the caretaker.</summary>
    Referral,
}

public static class SignalKinds
{
    private static readonly CodeList<SignalKind> List = new(
        "signal kind",
        new(SignalKind.Arrears, "arrears", "Betalingsachterstand", null, "achterstand"),
        new(SignalKind.Referral, "referral", "Verwijzing met toestemming", null, "verwijzing"));

    public static IReadOnlyList<SignalKind> All => List.All;

    /// <summary>An empty value is <see cref="SignalKind.Arrears"/>: files that predate the column stay valid.</summary>
    public static bool TryParse(string? raw, out SignalKind value, out string? error)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            value = SignalKind.Arrears;
            error = null;
            return true;
        }

        return List.TryParse(raw, out value, out error);
    }

    public static string ToCode(this SignalKind value) => List.Code(value);

    public static string DutchLabel(this SignalKind value) => List.Label(value);

    /// <summary>
    /// The standard has no signal kind; its nearest concept is the flag warmeOverdracht ("there is
    /// already contact with the person; please pick them up"), which a referral with consent is.
    /// </summary>
    public static bool ToDdasWarmeOverdracht(this SignalKind value) => value == SignalKind.Referral;
}
