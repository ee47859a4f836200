using SignalHub.Domain.Vocabulary;

namespace SignalHub.Domain.Outreach;

/// <summary>What closing a case depends on: where it stands, the result chosen, what was applied for and started.</summary>
public sealed record ClosingFacts(CaseStage Stage, CaseResult Result, OutreachProgress Progress, int Schemes, int HelpKinds);

/// <summary>
/// Whether a case may be closed with a result. "Definitief geen contact kunnen krijgen" needs the outreach rule
/// met and no attempt that reached the household (then it is "Geen reactie na eerder contact"); schemes and
/// help can only be recorded for a household that was reached.
/// </summary>
public static class CaseClosing
{
    public static Refusal? Refuse(ClosingFacts facts)
    {
        if (facts.Stage == CaseStage.Closed)
            return CaseFlow.ClosedRefusal();
        if (facts.Result == CaseResult.NoContactPossible && facts.Stage.IsReached())
            return new Refusal("household_was_reached",
                $"The household was reached: close as {CaseResult.NoResponseAfterContact.ToCode()} instead of {CaseResult.NoContactPossible.ToCode()}.",
                $"Het huishouden is bereikt: sluit af als '{CaseResult.NoResponseAfterContact.DutchLabel()}' in plaats van '{CaseResult.NoContactPossible.DutchLabel()}'.");
        if (facts.Result == CaseResult.NoContactPossible && !facts.Progress.IsMet)
            return NotYet(facts.Progress);
        if ((facts.Schemes > 0 || facts.HelpKinds > 0) && !facts.Stage.IsReached())
            return new Refusal("help_without_contact",
                "Schemes and help can only be recorded for a household that was reached.",
                "Regelingen en hulp kunnen alleen worden vastgelegd voor een huishouden dat bereikt is.");
        return null;
    }

    private static Refusal NotYet(OutreachProgress progress)
    {
        var required = progress.Requirement;
        return new Refusal("outreach_rule_not_met",
            $"Not yet closed as not reached: that needs {required.HomeVisits} home visits on different days or day-parts and "
            + $"{required.PhoneCalls} phone calls; still needed: {string.Join(", ", progress.NeedsInEnglish)}.",
            $"Nog niet af te sluiten als '{CaseResult.NoContactPossible.DutchLabel()}': daarvoor zijn {required.HomeVisits} huisbezoeken "
            + $"op verschillende dagen of dagdelen en {required.PhoneCalls} telefoongesprekken nodig; nog nodig: {string.Join(", ", progress.Needs)}.");
    }
}
