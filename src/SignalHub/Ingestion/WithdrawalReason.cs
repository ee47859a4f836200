namespace SignalHub.Ingestion;

/// <summary>Why a partner withdraws a signal it sent. The codes are the API's contract; the labels are for the portal.</summary>
public enum WithdrawalReason
{
    Paid,
    PaymentArrangement,
    WrongAddress,
    Other,
}

public static class WithdrawalReasons
{
    private static readonly (WithdrawalReason Reason, string Code, string DutchLabel)[] Terms =
    [
        (WithdrawalReason.Paid, "paid", "Achterstand betaald"),
        (WithdrawalReason.PaymentArrangement, "payment_arrangement", "Betalingsregeling getroffen"),
        (WithdrawalReason.WrongAddress, "wrong_address", "Onjuist adres"),
        (WithdrawalReason.Other, "other", "Andere reden"),
    ];

    /// <summary>The codes, in the order the API documents them.</summary>
    public static IReadOnlyList<string> Codes { get; } = [.. Terms.Select(t => t.Code)];

    /// <summary>Exact codes only: scripts send them, so a near miss is an error worth seeing.</summary>
    public static bool TryParse(string? code, out WithdrawalReason reason)
    {
        foreach (var term in Terms)
        {
            if (string.Equals(term.Code, code, StringComparison.Ordinal))
            {
                reason = term.Reason;
                return true;
            }
        }
        reason = default;
        return false;
    }

    public static string ToCode(this WithdrawalReason reason) => Terms.Single(t => t.Reason == reason).Code;

    public static string DutchLabel(this WithdrawalReason reason) => Terms.Single(t => t.Reason == reason).DutchLabel;
}
