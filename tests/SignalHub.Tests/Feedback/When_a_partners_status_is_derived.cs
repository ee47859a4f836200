using SignalHub.Domain.Vocabulary;
using SignalHub.Feedback;

namespace SignalHub.Tests.Feedback;

/// <summary>The mapping from SignalHub's state to what a partner hears back, as a table.</summary>
public sealed class When_a_partners_status_is_derived
{
    private static readonly DateTime Received = new(2026, 10, 20, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime CaseMade = new(2026, 10, 21, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime CaseChanged = new(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Decided = new(2026, 10, 20, 9, 5, 0, DateTimeKind.Utc);
    private static readonly DateTime Withdrawn = new(2026, 10, 30, 9, 0, 0, DateTimeKind.Utc);

    // signal status, match status, case status -> feedback status, dated by
    [TestCase("current", "open", null, FeedbackStatus.Received, "received")]
    [TestCase("current", null, null, FeedbackStatus.Received, "received")]
    [TestCase("current", "not_picked_up", null, FeedbackStatus.NotPickedUp, "decided")]
    [TestCase("current", "dispatched", "new", FeedbackStatus.InProgress, "case made")]
    [TestCase("current", "dispatched", "assigned", FeedbackStatus.InProgress, "case made")]
    [TestCase("current", "dispatched", "contact_attempted", FeedbackStatus.InProgress, "case made")]
    [TestCase("current", "dispatched", "in_contact", FeedbackStatus.ContactMade, "case changed")]
    [TestCase("current", "dispatched", "help_accepted", FeedbackStatus.HelpUnderWay, "case changed")]
    [TestCase("current", "dispatched", "closed", FeedbackStatus.Closed, "case changed")]
    [TestCase("withdrawn", "dispatched", "in_contact", FeedbackStatus.Withdrawn, "withdrawn")]
    [TestCase("withdrawn", "resolved_by_partner", null, FeedbackStatus.Withdrawn, "withdrawn")]
    public void Should_map_the_state_to_one_dated_status(string signal, string? match, string? @case, FeedbackStatus expected, string datedBy)
    {
        var progress = new SignalProgress(signal, Received, signal == "withdrawn" ? Withdrawn : null, match,
            match == "not_picked_up" ? Decided : null, @case, @case is null ? null : CaseMade, @case is null ? null : CaseChanged);

        var status = FeedbackRules.StatusOf(progress, shareFinalResult: true);

        Assert.Multiple(() =>
        {
            Assert.That(status.Status, Is.EqualTo(expected));
            Assert.That(status.Since, Is.EqualTo(datedBy switch
            {
                "received" => Received,
                "decided" => Decided,
                "case made" => CaseMade,
                "case changed" => CaseChanged,
                _ => Withdrawn,
            }));
            Assert.That(status.Result, Is.Null);
        });
    }

    [Test]
    public void When_the_signal_arrived_after_the_case_was_made_Should_date_the_status_from_the_signal()
    {
        var late = CaseChanged.AddDays(3);
        var status = FeedbackRules.StatusOf(new SignalProgress("current", late, null, "dispatched", null, "in_contact", CaseMade, CaseChanged), false);

        Assert.That(status.Since, Is.EqualTo(late));
    }

    [TestCase(true, CaseResult.FollowUpFinancial, FeedbackStatus.Closed, CaseResult.FollowUpFinancial)]
    [TestCase(false, CaseResult.FollowUpFinancial, FeedbackStatus.Closed, null)]
    [TestCase(true, CaseResult.AlreadyKnownToDebtService, FeedbackStatus.Closed, CaseResult.AlreadyKnownToDebtService)]
    [TestCase(true, CaseResult.RepeatSignal, FeedbackStatus.NotPickedUp, null)]
    [TestCase(true, CaseResult.UnjustifiedSignal, FeedbackStatus.NotPickedUp, null)]
    [TestCase(true, CaseResult.NotAResident, FeedbackStatus.NotPickedUp, null)]
    public void When_a_case_closes_with_a_result_Should_share_it_only_where_allowed_and_never_a_not_picked_up_reason(
        bool shareFinalResult, CaseResult result, FeedbackStatus expected, CaseResult? shared)
    {
        var progress = new SignalProgress("current", Received, null, "dispatched", null, "closed", CaseMade, CaseChanged, result);

        var status = FeedbackRules.StatusOf(progress, shareFinalResult);

        Assert.Multiple(() =>
        {
            Assert.That(status.Status, Is.EqualTo(expected));
            Assert.That(status.Result, Is.EqualTo(shared));
        });
    }

    [Test]
    public void Only_received_should_carry_a_status_of_the_standard()
    {
        Assert.Multiple(() =>
        {
            Assert.That(FeedbackStatus.Received.ToDdas(), Is.EqualTo("Nog niet opgepakt"));
            foreach (var other in Enum.GetValues<FeedbackStatus>().Where(s => s != FeedbackStatus.Received))
                Assert.That(other.ToDdas(), Is.Null, $"{other}: the standard's other statuses name the private reason");
            Assert.That(Enum.GetValues<FeedbackStatus>().Select(s => s.ToCode()).Distinct().Count(), Is.EqualTo(Enum.GetValues<FeedbackStatus>().Length));
        });
    }
}
