using SignalHub.Domain.Vocabulary;

namespace SignalHub.Domain.Outreach;

/// <summary>
/// The regular help that started after the inventory (pilot step 6): one-off advice for a simple situation; a plan
/// of action or help with a payment arrangement for a complex one.
/// </summary>
public enum HelpKind
{
    OneOffAdvice = 1,
    PlanOfAction,
    PaymentArrangement,
}

public static class HelpKinds
{
    private static readonly CodeList<HelpKind> List = new(
        "help kind",
        new(HelpKind.OneOffAdvice, "one_off_advice", "Eenmalig advies", null),
        new(HelpKind.PlanOfAction, "plan_of_action", "Plan van aanpak", null),
        new(HelpKind.PaymentArrangement, "payment_arrangement", "Betalingsregeling", null));

    public static IReadOnlyList<HelpKind> All => List.All;

    public static bool TryParse(string? raw, out HelpKind value, out string? error) => List.TryParse(raw, out value, out error);

    public static string ToCode(this HelpKind value) => List.Code(value);

    public static string DutchLabel(this HelpKind value) => List.Label(value);

    /// <summary>Simple help is one-off advice; a plan of action or a payment arrangement is complex.</summary>
    public static bool IsComplex(this HelpKind value) => value != HelpKind.OneOffAdvice;
}
