using SignalHub.Domain.Vocabulary;

namespace SignalHub.Domain.Outreach;

/// <summary>
/// The standard's fifteen final results in plain Dutch, for the worker who picks one. The standard's own words
/// (<see cref="CaseResults.DutchLabel"/>) stay what is stored and exchanged.
/// </summary>
public static class CaseOutcomes
{
    private static readonly Dictionary<CaseResult, string> Plain = new()
    {
        [CaseResult.RepeatSignal] = "Niet opgepakt: het huishouden was kort geleden al gemeld",
        [CaseResult.UnjustifiedSignal] = "Niet opgepakt: het signaal klopte niet",
        [CaseResult.ResidentDeceased] = "De bewoner is overleden",
        [CaseResult.NotAResident] = "De persoon woont niet (meer) in de gemeente",
        [CaseResult.NotPickedUpOtherReason] = "Niet opgepakt om een andere reden",
        [CaseResult.AlreadyKnownToDebtService] = "Het huishouden krijgt al schuldhulp",
        [CaseResult.OtherProgrammeRunning] = "Het huishouden krijgt al andere hulp",
        [CaseResult.NoContactPossible] = "Na alle bezoeken en telefoontjes geen contact gekregen",
        [CaseResult.NoResponseAfterContact] = "Eerst wel contact, daarna geen reactie meer",
        [CaseResult.NoHelpNeeded] = "Het huishouden wil of hoeft geen hulp",
        [CaseResult.PaidOrArrangedThemselves] = "Het huishouden heeft zelf betaald of een betalingsregeling getroffen",
        [CaseResult.BudgetAdviceOrQuickFix] = "Advies gegeven of het probleem meteen opgelost",
        [CaseResult.FollowUpFinancial] = "Doorgezet naar vervolghulp bij geldzaken",
        [CaseResult.ReferralWithoutContact] = "Doorverwezen zonder contact met het huishouden",
        [CaseResult.FollowUpNonFinancial] = "Doorgezet naar andere hulp, niet over geld",
    };

    public static string PlainDutch(this CaseResult result) => Plain[result];
}
