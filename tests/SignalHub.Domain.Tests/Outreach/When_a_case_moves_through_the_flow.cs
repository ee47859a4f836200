using SignalHub.Domain.Outreach;
using SignalHub.Domain.Vocabulary;

namespace SignalHub.Domain.Tests.Outreach;

public sealed class When_a_case_moves_through_the_flow
{
    [TestCase("new", "assigned")]
    [TestCase("new", "contact_attempted")]
    [TestCase("new", "in_contact")]
    [TestCase("assigned", "contact_attempted")]
    [TestCase("assigned", "in_contact")]
    [TestCase("contact_attempted", "in_contact")]
    [TestCase("in_contact", "help_accepted")]
    public void Should_allow_a_step_forward(string from, string to) =>
        Assert.That(CaseFlow.RefuseMove(Stage(from), Stage(to)), Is.Null);

    [TestCase("assigned", "new", "transition_not_allowed")]
    [TestCase("contact_attempted", "assigned", "transition_not_allowed")]
    [TestCase("in_contact", "contact_attempted", "transition_not_allowed")]
    [TestCase("new", "help_accepted", "transition_not_allowed")]
    [TestCase("contact_attempted", "help_accepted", "transition_not_allowed")]
    [TestCase("help_accepted", "in_contact", "transition_not_allowed")]
    [TestCase("in_contact", "in_contact", "unchanged")]
    [TestCase("in_contact", "closed", "close_needs_result")]
    [TestCase("closed", "in_contact", "case_closed")]
    [TestCase("closed", "new", "case_closed")]
    public void Should_refuse_any_other_step_with_a_reason(string from, string to, string code)
    {
        var refusal = CaseFlow.RefuseMove(Stage(from), Stage(to));

        Assert.That(refusal?.Code, Is.EqualTo(code));
    }

    [Test]
    public void When_a_step_is_refused_Should_say_where_the_case_can_go_in_English_and_Dutch()
    {
        var refusal = CaseFlow.RefuseMove(CaseStage.ContactAttempted, CaseStage.HelpAccepted)!;

        Assert.Multiple(() =>
        {
            Assert.That(refusal.Message, Is.EqualTo("A case cannot go from contact_attempted to help_accepted; "
                + "from contact_attempted it can go to in_contact, or be closed with a final result."));
            Assert.That(refusal.DutchMessage, Is.EqualTo("Een zaak kan niet van 'Contact geprobeerd' naar 'Hulp aanvaard'; "
                + "vanuit 'Contact geprobeerd' kan het naar 'In contact' of worden afgesloten met een eindresultaat."));
        });
    }

    [TestCase("new", "Huisbezoek", false, "contact_attempted")]
    [TestCase("assigned", "Telefoon", false, "contact_attempted")]
    [TestCase("new", "Huisbezoek", true, "in_contact")]
    [TestCase("assigned", "Telefoon", true, "in_contact")]
    [TestCase("contact_attempted", "Huisbezoek", false, "contact_attempted")]
    [TestCase("contact_attempted", "SMS/Whatsapp", true, "in_contact")]
    [TestCase("in_contact", "Telefoon", false, "in_contact")]
    [TestCase("help_accepted", "Huisbezoek", true, "help_accepted")]
    [TestCase("new", "Administratief", false, "new")]
    [TestCase("assigned", "Kaartje", false, "contact_attempted")]
    public void When_an_attempt_is_recorded_Should_move_the_case_by_itself(string from, string kind, bool reached, string to)
    {
        var contact = ContactKinds.TryParse(kind, out var k, out _) ? k : throw new ArgumentException(kind);

        Assert.Multiple(() =>
        {
            Assert.That(CaseFlow.RefuseAttempt(Stage(from), contact, reached), Is.Null);
            Assert.That(CaseFlow.AfterAttempt(Stage(from), contact, reached), Is.EqualTo(Stage(to)));
        });
    }

    [TestCase("closed", ContactKind.Phone, false, "case_closed")]
    [TestCase("new", ContactKind.Administrative, true, "administrative_not_reached")]
    public void When_an_attempt_cannot_be_recorded_Should_refuse(string stage, ContactKind kind, bool reached, string code) =>
        Assert.That(CaseFlow.RefuseAttempt(Stage(stage), kind, reached)?.Code, Is.EqualTo(code));

    [Test]
    public void Every_stage_should_read_back_from_its_code_and_have_a_Dutch_label()
    {
        foreach (var stage in CaseStages.All)
        {
            Assert.That(CaseStages.FromCode(stage.ToCode()), Is.EqualTo(stage));
            Assert.That(stage.DutchLabel(), Is.Not.Empty);
        }
    }

    private static CaseStage Stage(string code) => CaseStages.FromCode(code);
}
