using System.Globalization;
using SignalHub.Domain.Outreach;
using SignalHub.Domain.Vocabulary;

namespace SignalHub.Domain.Tests.Outreach;

public sealed class When_deadlines_and_aftercare_are_planned
{
    [TestCase("2026-11-02", 5, "2026-11-09")] // Monday: the next Monday
    [TestCase("2026-11-06", 5, "2026-11-13")] // Friday: the next Friday
    [TestCase("2026-11-07", 5, "2026-11-13")] // Saturday: counted from Monday
    [TestCase("2026-11-08", 1, "2026-11-09")] // Sunday: Monday
    [TestCase("2026-11-04", 0, "2026-11-04")]
    [TestCase("2026-12-24", 5, "2026-12-31")] // holidays are not known: Christmas counts as a working day
    public void Should_give_the_first_attempt_so_many_working_days(string dispatched, int days, string due) =>
        Assert.That(CaseDeadlines.FirstAttemptDue(Day(dispatched), days), Is.EqualTo(Day(due)));

    [TestCase("2026-11-09", false, false, false, false, "")]
    [TestCase("2026-11-10", false, false, true, false, "first_attempt_late")]
    [TestCase("2026-11-10", true, false, false, false, "")]
    [TestCase("2026-11-16", true, false, false, false, "")]
    [TestCase("2026-11-17", true, false, true, false, "due_soon")]
    [TestCase("2026-11-24", true, false, true, false, "due_soon")]
    [TestCase("2026-11-25", true, false, false, true, "overdue")]
    [TestCase("2026-11-25", false, false, true, true, "first_attempt_late,overdue")]
    [TestCase("2026-12-30", false, true, false, false, "")]
    public void Should_mark_at_risk_and_overdue(string today, bool hasAttempt, bool closed, bool atRisk, bool overdue, string risks)
    {
        var facts = new DeadlineFacts(FirstAttemptDue: new DateOnly(2026, 11, 9), DueDate: new DateOnly(2026, 11, 24), hasAttempt, closed);

        var marks = CaseDeadlines.Assess(facts, Day(today), atRiskDays: 7);

        Assert.Multiple(() =>
        {
            Assert.That(marks.AtRisk, Is.EqualTo(atRisk), "at risk");
            Assert.That(marks.Overdue, Is.EqualTo(overdue), "overdue");
            Assert.That(string.Join(",", marks.Risks.Select(r => r.ToCode())), Is.EqualTo(risks));
        });
    }

    [TestCase("2026-11-30", new[] { 3, 6 }, "3:2027-02-28,6:2027-05-30")]
    [TestCase("2026-08-31", new[] { 6, 3, 3 }, "3:2026-11-30,6:2027-02-28")]
    [TestCase("2026-11-03", new[] { 1 }, "1:2026-12-03")]
    public void Should_plan_one_follow_up_per_configured_month(string started, int[] months, string expected)
    {
        var plan = Aftercare.Plan(Day(started), months);

        Assert.That(string.Join(",", plan.Select(p => $"{p.Months}:{p.DueOn:yyyy-MM-dd}")), Is.EqualTo(expected));
    }

    [TestCase(new[] { "paid" }, "paid_or_arranged_themselves")]
    [TestCase(new[] { "paid", "payment_arrangement" }, "paid_or_arranged_themselves")]
    [TestCase(new[] { "wrong_address" }, "unjustified_signal")]
    [TestCase(new[] { "paid", "wrong_address" }, "not_picked_up_other_reason")]
    [TestCase(new[] { "not in the newer delivery" }, "not_picked_up_other_reason")]
    [TestCase(new string[0], "not_picked_up_other_reason")]
    public void When_no_signal_is_current_any_more_Should_close_with_the_result_that_says_why(string[] reasons, string result) =>
        Assert.That(CaseResults.ToCode(Actuality.ResultWhenNotCurrent(reasons)), Is.EqualTo(result));

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
