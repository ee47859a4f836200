using SignalHub.Domain.Outreach;
using SignalHub.Domain.Vocabulary;

namespace SignalHub.Domain.Tests.Outreach;

public sealed class When_a_case_is_closed
{
    private const string RuleMet = "Huisbezoek 2026-11-03 09:30 | Huisbezoek 2026-11-05 19:30 | Telefoon 2026-11-03 10:00 | Telefoon 2026-11-04 10:00";
    private const string SameMorningTwice = "Huisbezoek 2026-11-03 09:30 | Huisbezoek 2026-11-03 10:30 | Telefoon 2026-11-03 10:00 | Telefoon 2026-11-04 10:00";

    [TestCase("contact_attempted", "no_contact_possible", RuleMet, 0, 0, null)]
    [TestCase("contact_attempted", "no_contact_possible", SameMorningTwice, 0, 0, "outreach_rule_not_met")]
    [TestCase("new", "no_contact_possible", "", 0, 0, "outreach_rule_not_met")]
    [TestCase("in_contact", "no_contact_possible", RuleMet, 0, 0, "household_was_reached")]
    [TestCase("in_contact", "no_response_after_contact", "", 0, 0, null)]
    [TestCase("help_accepted", "follow_up_financial", "", 2, 1, null)]
    [TestCase("in_contact", "budget_advice_or_quick_fix", "", 0, 1, null)]
    [TestCase("contact_attempted", "follow_up_financial", "", 1, 0, "help_without_contact")]
    [TestCase("new", "already_known_to_debt_service", "", 0, 0, null)]
    [TestCase("assigned", "repeat_signal", "", 0, 0, null)]
    [TestCase("closed", "no_help_needed", "", 0, 0, "case_closed")]
    public void Should_close_only_when_the_result_fits_what_happened(string stage, string result, string attempts, int schemes, int help, string? refused)
    {
        var facts = new ClosingFacts(CaseStages.FromCode(stage), Result(result),
            OutreachRule.Evaluate(Attempts.Read(attempts), OutreachRequirement.Agreed), schemes, help);

        Assert.That(CaseClosing.Refuse(facts)?.Code, Is.EqualTo(refused));
    }

    [Test]
    public void When_not_reached_is_refused_Should_say_what_is_missing_in_both_languages()
    {
        var facts = new ClosingFacts(CaseStage.ContactAttempted, CaseResult.NoContactPossible,
            OutreachRule.Evaluate(Attempts.Read("Huisbezoek 2026-11-03 09:30 | Telefoon 2026-11-03 10:00"), OutreachRequirement.Agreed), 0, 0);

        var refusal = CaseClosing.Refuse(facts)!;

        Assert.Multiple(() =>
        {
            Assert.That(refusal.Message, Does.EndWith("still needed: 1 more home visit on another day-part or another day, 1 more phone call."));
            Assert.That(refusal.DutchMessage, Does.StartWith("Nog niet af te sluiten als 'Definitief geen contact kunnen krijgen'")
                .And.EndWith("nog nodig: nog 1 huisbezoek op een ander dagdeel of een andere dag, nog 1 telefoongesprek."));
        });
    }

    [Test]
    public void Every_final_result_of_the_standard_should_have_plain_Dutch_words()
    {
        Assert.That(CaseResults.All, Has.Count.EqualTo(15));
        var words = CaseResults.All.Select(r => r.PlainDutch()).ToList();
        Assert.That(words, Is.All.Not.Empty);
        Assert.That(words, Is.Unique);
    }

    [TestCase("kwijtschelding", Scheme.TaxRemission)]
    [TestCase("Bijzondere bijstand", Scheme.SpecialAssistance)]
    [TestCase("woonkostentoeslag", Scheme.HousingCostAllowance)]
    [TestCase("collectieve-zorgverzekering", Scheme.CollectiveHealthInsurance)]
    [TestCase("meedoenregeling", Scheme.ParticipationScheme)]
    [TestCase("participation_scheme", Scheme.ParticipationScheme)]
    public void Should_read_a_scheme_by_its_code_or_its_Dutch_name(string raw, Scheme expected) =>
        Assert.That(Schemes.TryParse(raw, out var scheme, out _) ? scheme : (Scheme?)null, Is.EqualTo(expected));

    [TestCase("eenmalig advies", HelpKind.OneOffAdvice, false)]
    [TestCase("plan van aanpak", HelpKind.PlanOfAction, true)]
    [TestCase("betalingsregeling", HelpKind.PaymentArrangement, true)]
    public void Should_tell_simple_help_from_complex_help(string raw, HelpKind expected, bool complex)
    {
        Assert.That(HelpKinds.TryParse(raw, out var help, out var error), Is.True, error);
        Assert.Multiple(() =>
        {
            Assert.That(help, Is.EqualTo(expected));
            Assert.That(help.IsComplex(), Is.EqualTo(complex));
        });
    }

    private static CaseResult Result(string code) => CaseResults.TryParse(code, out var result, out var error) ? result : throw new ArgumentException(error);
}
