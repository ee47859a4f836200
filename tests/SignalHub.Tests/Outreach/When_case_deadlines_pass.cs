using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SignalHub.Dispatch;
using SignalHub.Domain.Vocabulary;
using SignalHub.Outreach;
using SignalHub.Tests.Fixtures;
using static SignalHub.Tests.Fixtures.PartnerFiles;
using static SignalHub.Tests.Outreach.OutreachStack;

namespace SignalHub.Tests.Outreach;

/// <summary>
/// Three doors dispatched on Monday 2 November 2026 (period 2026-11: due 23 December, first attempt due Monday
/// 9 November). The clock is turned day by day and the daily job runs as the scheduler would run it.
/// </summary>
[TestFixture(StackKind.SqliteInMemory)]
[TestFixture(StackKind.PostgresRabbitMq)]
public sealed class When_case_deadlines_pass(StackKind kind)
{
    private const string Period = "2026-11";
    private FakeTimeProvider _clock = null!;
    private SignalHubStack _stack = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _clock = new FakeTimeProvider(Amsterdam("2026-11-02 09:00"));
        _stack = await OutreachStack.StartAsync(kind, _clock);
        var (_, key) = await _stack.RegisterAsync("Woonstichting Termijn", "housing");
        await _stack.UploadAsync(key, Period, Csv(
            Row("T-1", "huur", "Dekker", "1", "2701AB"),
            Row("T-2", "huur", "Brouwer", "2", "2701AB"),
            Row("T-3", "huur", "Hendriks", "3", "2701AB")));
    }

    [TearDown]
    public async Task StopAsync()
    {
        if (_stack is not null)
            await _stack.DisposeAsync();
    }

    [Test]
    public async Task Should_mark_late_first_attempts_then_near_due_dates_then_overdue_cases()
    {
        var (early, late, closing) = (await _stack.CaseAtAsync("2701AB", 1), await _stack.CaseAtAsync("2701AB", 2), await _stack.CaseAtAsync("2701AB", 3));
        _clock.SetUtcNow(Amsterdam("2026-11-04 12:00"));
        await _stack.RecordAsync(early, "Huisbezoek 2026-11-04 10:00 niet");

        _clock.SetUtcNow(Amsterdam("2026-11-09 06:15"));
        var onTheDueDay = await Job().RunAsync(CancellationToken.None);
        _clock.SetUtcNow(Amsterdam("2026-11-10 06:15"));
        var dayAfter = await Job().RunAsync(CancellationToken.None);
        var marksAfter = await MarksAsync();
        var again = await Job().RunAsync(CancellationToken.None);
        await _stack.RecordAsync(late, "Telefoon 2026-11-10 06:10 niet");
        var marksOnceCalled = await MarksAsync();

        Assert.Multiple(() =>
        {
            Assert.That(onTheDueDay.AtRisk, Is.Zero, "the first attempt is due by the end of 9 November");
            Assert.That(dayAfter is { Checked: 3, AtRisk: 2, Overdue: 0 }, Is.True, dayAfter.ToString());
            Assert.That(marksAfter[early], Is.EqualTo((false, false)));
            Assert.That(marksAfter[late], Is.EqualTo((true, false)));
            Assert.That(again.Changed, Is.Zero, "running twice changes nothing");
            Assert.That(marksOnceCalled[late], Is.EqualTo((false, false)), "an attempt clears its own mark at once");
        });

        _clock.SetUtcNow(Amsterdam("2026-12-16 06:15"));
        var weekBefore = await Job().RunAsync(CancellationToken.None);
        var closed = await _stack.Work().CloseAsync(closing, new ClosingInput(CaseResult.AlreadyKnownToDebtService), "Coördinator Test", CancellationToken.None);
        _clock.SetUtcNow(Amsterdam("2026-12-24 06:15"));
        var afterDue = await Job().RunAsync(CancellationToken.None);

        var listed = (await _stack.Get<CaseQuery>().ListAsync(Scenario.Month(Period), CancellationToken.None)).ToDictionary(k => k.Id);
        var events = (await _stack.DetailAsync(late)).Events.Where(e => e.Actor == DeadlineMarking.Actor).Select(e => e.Event);
        Assert.Multiple(() =>
        {
            Assert.That(weekBefore.AtRisk, Is.EqualTo(3), "due 23 December: at risk from the 16th");
            Assert.That(closed.Refusal, Is.Null);
            Assert.That(afterDue is { Checked: 2, Overdue: 2 }, Is.True, afterDue.ToString());
            Assert.That((listed[early].AtRisk, listed[early].Overdue), Is.EqualTo((false, true)));
            Assert.That((listed[late].AtRisk, listed[late].Overdue), Is.EqualTo((false, true)));
            Assert.That((listed[closing].AtRisk, listed[closing].Overdue), Is.EqualTo((false, false)), "a closed case is never overdue");
            Assert.That(listed[early].DueDate, Is.EqualTo(new DateOnly(2026, 12, 23)));
            Assert.That(listed[early].FirstAttemptDue, Is.EqualTo(new DateOnly(2026, 11, 9)));
            Assert.That(events, Is.EqualTo(new[] { "at_risk", "at_risk", "overdue" }));
        });
    }

    private OutreachDeadlineJob Job() => _stack.Services.GetRequiredService<OutreachDeadlineJob>();

    private async Task<Dictionary<Guid, (bool AtRisk, bool Overdue)>> MarksAsync() =>
        (await _stack.Get<CaseQuery>().ListAsync(Scenario.Month(Period), CancellationToken.None)).ToDictionary(k => k.Id, k => (k.AtRisk, k.Overdue));
}
