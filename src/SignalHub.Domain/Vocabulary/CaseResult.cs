namespace SignalHub.Domain.Vocabulary;

/// <summary>The final result of an early-warning case: the standard's fifteen EnumEindresultaat values (DDAS v0.9).</summary>
public enum CaseResult
{
    RepeatSignal = 1,
    UnjustifiedSignal,
    ResidentDeceased,
    NotAResident,
    NotPickedUpOtherReason,
    AlreadyKnownToDebtService,
    OtherProgrammeRunning,
    NoContactPossible,
    NoResponseAfterContact,
    NoHelpNeeded,
    PaidOrArrangedThemselves,
    BudgetAdviceOrQuickFix,
    FollowUpFinancial,
    ReferralWithoutContact,
    FollowUpNonFinancial,
}

public static class CaseResults
{
    public const string DdasEnum = "EnumEindresultaat";

    private static readonly CodeList<CaseResult> List = new(
        "case result",
        Term(CaseResult.RepeatSignal, "repeat_signal", "Niet opgepakt: herhaalde melding"),
        Term(CaseResult.UnjustifiedSignal, "unjustified_signal", "Niet opgepakt: onterecht signaal"),
        Term(CaseResult.ResidentDeceased, "resident_deceased", "Inwoner is overleden"),
        Term(CaseResult.NotAResident, "not_a_resident", "Persoon is geen inwoner (meer) in de gemeente"),
        Term(CaseResult.NotPickedUpOtherReason, "not_picked_up_other_reason", "Niet opgepakt: andere reden"),
        Term(CaseResult.AlreadyKnownToDebtService, "already_known_to_debt_service", "Inwoner al bekend bij schuldhulpverlening"),
        Term(CaseResult.OtherProgrammeRunning, "other_programme_running", "Inwoner heeft al een ander lopend traject"),
        Term(CaseResult.NoContactPossible, "no_contact_possible", "Definitief geen contact kunnen krijgen"),
        Term(CaseResult.NoResponseAfterContact, "no_response_after_contact", "Geen reactie na eerder contact"),
        Term(CaseResult.NoHelpNeeded, "no_help_needed", "Inwoner hoeft geen hulp vanuit vroegsignalering"),
        Term(CaseResult.PaidOrArrangedThemselves, "paid_or_arranged_themselves", "Inwoner heeft zelf al betaald/betalingsregeling getroffen"),
        Term(CaseResult.BudgetAdviceOrQuickFix, "budget_advice_or_quick_fix", "(Budget)advies en/of quick fix"),
        Term(CaseResult.FollowUpFinancial, "follow_up_financial", "Vervolghulp en/of verwijzing financieel"),
        Term(CaseResult.ReferralWithoutContact, "referral_without_contact", "Verwijzing zonder contact"),
        Term(CaseResult.FollowUpNonFinancial, "follow_up_non_financial", "Vervolghulp en/of verwijzing niet financieel"));

    public static IReadOnlyList<CaseResult> All => List.All;

    public static bool TryParse(string? raw, out CaseResult value, out string? error) => List.TryParse(raw, out value, out error);

    public static string ToCode(this CaseResult value) => List.Code(value);

    /// <summary>The standard's own words: outcomes are recorded the same way everywhere.</summary>
    public static string DutchLabel(this CaseResult value) => List.Label(value);

    public static string ToDdas(this CaseResult value) => List.Ddas(value)!;

    public static bool TryFromDdas(string? ddas, out CaseResult value) => List.TryFromDdas(ddas, out value);

    public static CaseResult FromDdas(string ddas) => List.FromDdas(ddas, DdasEnum);

    private static Term<CaseResult> Term(CaseResult value, string code, string ddas) => new(value, code, ddas, ddas);
}
