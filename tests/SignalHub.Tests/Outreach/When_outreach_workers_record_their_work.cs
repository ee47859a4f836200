using Dapper;
using Microsoft.Extensions.Time.Testing;
using SignalHub.Domain.Outreach;
using SignalHub.Domain.Vocabulary;
using SignalHub.Outreach;
using SignalHub.Storage;
using SignalHub.Tests.Fixtures;
using static SignalHub.Tests.Fixtures.PartnerFiles;
using static SignalHub.Tests.Outreach.OutreachStack;

namespace SignalHub.Tests.Outreach;

/// <summary>
/// November 2026: a housing partner reports eight doors on Monday the 2nd; the wijkteam works them that week.
/// It is Friday evening when the workers record what they did. Each scenario has its own door.
/// </summary>
[TestFixture(StackKind.SqliteInMemory)]
[TestFixture(StackKind.PostgresRabbitMq)]
public sealed class When_outreach_workers_record_their_work(StackKind kind)
{
    private const string Period = "2026-11";
    private FakeTimeProvider _clock = null!;
    private SignalHubStack _stack = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _clock = new FakeTimeProvider(Amsterdam("2026-11-02 09:00"));
        _stack = await OutreachStack.StartAsync(kind, _clock);
        await _stack.AddAreaAsync("2501AA", "2501ZZ", "Wijkteam Zuid");
        var (_, key) = await _stack.RegisterAsync("Woonstichting Eropaf", "housing");
        await _stack.UploadAsync(key, Period, Csv(
            [.. Enumerable.Range(1, 8).Select(n => Row($"W-{n}", "huur", $"Huurder{n}", $"{n}", "2501AB"))]));
        _clock.SetUtcNow(Amsterdam("2026-11-06 21:00"));
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _stack.DisposeAsync();

    [Test]
    public async Task Should_move_the_case_with_each_attempt_and_keep_who_and_when()
    {
        var id = await _stack.CaseAtAsync("2501AB", 1);

        var call = await _stack.RecordAsync(id, "Telefoon 2026-11-03 10:15 niet");
        var visit = await _stack.RecordAsync(id, "Huisbezoek 2026-11-04 19:30 bereikt");

        var detail = await _stack.DetailAsync(id);
        Assert.Multiple(() =>
        {
            Assert.That(call.Status, Is.EqualTo("contact_attempted"));
            Assert.That(visit.Status, Is.EqualTo("in_contact"));
            Assert.That(detail.Status, Is.EqualTo("in_contact"));
            Assert.That(detail.Attempts.Select(a => (a.Kind, a.DayPart, a.Reached)),
                Is.EqualTo(new[] { ("Telefoon", "Ochtend", false), ("Huisbezoek", "Avond", true) }));
            Assert.That(detail.Attempts[1].At, Is.EqualTo(new DateTime(2026, 11, 4, 18, 30, 0, DateTimeKind.Utc)), "stored in UTC");
            Assert.That(detail.Events.Where(e => e.Event == "attempt").Select(e => (e.Actor, e.To)),
                Is.EqualTo(new[] { ("Sanne Veldwerker", "contact_attempted"), ("Sanne Veldwerker", "in_contact") }));
            Assert.That(detail.Events.Select(e => e.At), Is.All.EqualTo(_clock.GetUtcNow().UtcDateTime));
        });
    }

    [Test]
    public async Task Should_record_a_joint_visit_as_one_attempt_with_two_names()
    {
        var id = await _stack.CaseAtAsync("2501AB", 2);

        await _stack.RecordAsync(id, "Huisbezoek 2026-11-03 14:00 niet", "Sanne Veldwerker", "Karim Huismeester");

        var detail = await _stack.DetailAsync(id);
        var workers = await _stack.CountAsync("SELECT COUNT(*) FROM case_attempt_workers w JOIN case_attempts a ON a.id = w.attempt_id WHERE a.case_id = @Id", new { Id = id });
        Assert.Multiple(() =>
        {
            Assert.That(detail.Attempts, Has.Count.EqualTo(1));
            Assert.That(detail.Attempts[0].By, Is.EqualTo(new[] { "Sanne Veldwerker", "Karim Huismeester" }));
            Assert.That(workers, Is.EqualTo(2));
            Assert.That(detail.Rule.HomeVisits, Is.EqualTo(1), "one visit, whoever went");
        });
    }

    [Test]
    public async Task Should_refuse_a_step_the_flow_does_not_allow_and_say_why()
    {
        var id = await _stack.CaseAtAsync("2501AB", 3);
        var before = (await _stack.DetailAsync(id)).Status;

        var skip = await _stack.Work().ChangeStatusAsync(id, CaseStage.HelpAccepted, "Sanne Veldwerker", CancellationToken.None);
        var close = await _stack.Work().ChangeStatusAsync(id, CaseStage.Closed, "Sanne Veldwerker", CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(skip.Refusal?.Code, Is.EqualTo("transition_not_allowed"));
            Assert.That(skip.Refusal?.Message, Does.Contain($"cannot go from {before} to help_accepted"));
            Assert.That(skip.Refusal?.DutchMessage, Does.Contain("'Hulp aanvaard'"));
            Assert.That(close.Refusal?.Code, Is.EqualTo("close_needs_result"));
            Assert.That((await _stack.DetailAsync(id)).Status, Is.EqualTo(before));
            Assert.That((await _stack.DetailAsync(id)).Events, Is.Empty, "a refusal changes nothing");
        });
    }

    [Test]
    public async Task Should_refuse_closing_as_not_reached_until_two_visits_at_different_moments_and_two_calls()
    {
        var id = await _stack.CaseAtAsync("2501AB", 4);
        await _stack.RecordAsync(id, "Huisbezoek 2026-11-03 09:30 niet");
        await _stack.RecordAsync(id, "Huisbezoek 2026-11-03 11:00 niet");
        await _stack.RecordAsync(id, "Telefoon 2026-11-03 12:30 niet");
        await _stack.RecordAsync(id, "Telefoon 2026-11-05 18:10 niet");
        var notReached = new ClosingInput(CaseResult.NoContactPossible);

        var refused = await _stack.Work().CloseAsync(id, notReached, "Sanne Veldwerker", CancellationToken.None);
        var needs = (await _stack.DetailAsync(id)).Rule.Needs;
        await _stack.RecordAsync(id, "Huisbezoek 2026-11-05 19:45 niet");
        var closed = await _stack.Work().CloseAsync(id, notReached, "Sanne Veldwerker", CancellationToken.None);

        var detail = await _stack.DetailAsync(id);
        Assert.Multiple(() =>
        {
            Assert.That(refused.Refusal?.Code, Is.EqualTo("outreach_rule_not_met"), "two visits on the same morning count once");
            Assert.That(refused.Refusal?.DutchMessage, Does.EndWith("nog nodig: nog 1 huisbezoek op een ander dagdeel of een andere dag."));
            Assert.That(needs, Is.EqualTo(new[] { "nog 1 huisbezoek op een ander dagdeel of een andere dag" }));
            Assert.That(closed.Refusal, Is.Null);
            Assert.That(detail.Status, Is.EqualTo("closed"));
            Assert.That(detail.Rule.Met, Is.True);
            Assert.That(detail.Outcome?.Result, Is.EqualTo("no_contact_possible"));
            Assert.That(detail.Outcome?.Label, Is.EqualTo("Definitief geen contact kunnen krijgen"));
            Assert.That(detail.Outcome?.ClosedBy, Is.EqualTo("Sanne Veldwerker"));
        });
    }

    [Test]
    public async Task Should_plan_aftercare_when_help_starts_and_close_with_schemes_and_help()
    {
        var id = await _stack.CaseAtAsync("2501AB", 5);
        await _stack.RecordAsync(id, "Telefoon 2026-11-04 16:00 bereikt");

        var accepted = await _stack.Work().ChangeStatusAsync(id, CaseStage.HelpAccepted, "Sanne Veldwerker", CancellationToken.None);
        var dueInFebruary = await _stack.Get<CaseDetailQuery>().DueFollowUpsAsync(new DateOnly(2027, 2, 6), CancellationToken.None);
        var closing = new ClosingInput(CaseResult.FollowUpFinancial, [Scheme.TaxRemission, Scheme.SpecialAssistance], [HelpKind.PaymentArrangement]);
        var closed = await _stack.Work().CloseAsync(id, closing, "Sanne Veldwerker", CancellationToken.None);

        var detail = await _stack.DetailAsync(id);
        Assert.Multiple(() =>
        {
            Assert.That(accepted.Status, Is.EqualTo("help_accepted"));
            Assert.That(detail.FollowUps.Select(f => (f.Months, f.DueOn)),
                Is.EqualTo(new[] { (3, new DateOnly(2027, 2, 6)), (6, new DateOnly(2027, 5, 6)) }));
            Assert.That(dueInFebruary.Where(f => f.CaseId == id).Select(f => f.Months), Is.EqualTo(new[] { 3 }), "the 6-month check is not due yet");
            Assert.That(dueInFebruary.Single(f => f.CaseId == id).Address, Is.EqualTo("Lindelaan 5, 2501AB Spaarndam-Oost"));
            Assert.That(closed.Refusal, Is.Null);
            Assert.That(detail.Outcome?.Schemes, Is.EquivalentTo(new[] { "tax_remission", "special_assistance" }));
            Assert.That(detail.Outcome?.Help, Is.EqualTo(new[] { "payment_arrangement" }));
            Assert.That(detail.FollowUps, Has.Count.EqualTo(2), "aftercare goes on after the case is closed");
        });
    }

    [Test]
    public async Task Should_hand_a_case_over_warmly_and_keep_it_with_the_sender_until_accepted()
    {
        var id = await _stack.CaseAtAsync("2501AB", 6);
        var work = _stack.Work();
        var before = await _stack.DetailAsync(id);

        var offered = await work.HandOverAsync(id, new HandOverInput("Fatima Budgetcoach", "Budgetcoaches"), "Sanne Veldwerker", CancellationToken.None);
        var pending = await _stack.DetailAsync(id);
        var inbox = await _stack.Get<CaseDetailQuery>().OfferedToAsync("Fatima Budgetcoach", CancellationToken.None);
        var again = await work.HandOverAsync(id, new HandOverInput("Piet Anders"), "Sanne Veldwerker", CancellationToken.None);
        var stranger = await work.AcceptHandOverAsync(id, "Piet Anders", CancellationToken.None);
        var accepted = await work.AcceptHandOverAsync(id, "Fatima Budgetcoach", CancellationToken.None);

        var after = await _stack.DetailAsync(id);
        Assert.Multiple(() =>
        {
            Assert.That(offered.Refusal, Is.Null);
            Assert.That((pending.Team, pending.AssignedTo), Is.EqualTo((before.Team, before.AssignedTo)), "still with the sender while pending");
            Assert.That(pending.HandOver is { Pending: true, Sender: "Sanne Veldwerker", Receiver: "Fatima Budgetcoach" }, Is.True);
            Assert.That(inbox, Does.Contain(id));
            Assert.That(again.Refusal?.Code, Is.EqualTo("handover_pending"));
            Assert.That(stranger.Refusal?.Code, Is.EqualTo("handover_other_receiver"));
            Assert.That(accepted.Refusal, Is.Null);
            Assert.That((after.Team, after.AssignedTo), Is.EqualTo(("Budgetcoaches", "Fatima Budgetcoach")));
            Assert.That(after.HandOver?.AcceptedAt, Is.EqualTo(_clock.GetUtcNow().UtcDateTime));
            Assert.That(after.Events.Select(e => e.Event), Is.EqualTo(new[] { "handover_offered", "handover_accepted" }));
        });
    }

    [Test]
    public async Task Should_refuse_an_attempt_in_the_future_or_without_a_name()
    {
        var id = await _stack.CaseAtAsync("2501AB", 7);

        var future = await _stack.Work().RecordAttemptAsync(id, Attempt("Huisbezoek 2026-11-07 10:00 niet"), "Sanne Veldwerker", CancellationToken.None);
        var nobody = await _stack.Work().RecordAttemptAsync(id, Attempt("Huisbezoek 2026-11-04 10:00 niet", " "), "Sanne Veldwerker", CancellationToken.None);
        var unknown = await _stack.Work().RecordAttemptAsync(Guid.CreateVersion7(), Attempt("Telefoon 2026-11-04 10:00 niet"), "Sanne Veldwerker", CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(future.Refusal?.Code, Is.EqualTo("attempt_in_future"));
            Assert.That(nobody.Refusal?.Code, Is.EqualTo("no_workers"));
            Assert.That(unknown.Refusal?.Code, Is.EqualTo("not_found"));
            Assert.That(await _stack.CountAsync("SELECT COUNT(*) FROM case_attempts WHERE case_id = @Id", new { Id = id }), Is.Zero);
        });
    }
}
