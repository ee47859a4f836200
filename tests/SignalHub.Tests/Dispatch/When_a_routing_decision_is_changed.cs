using SignalHub.Dispatch;
using SignalHub.Domain.Outreach;
using SignalHub.Domain.Routing;
using SignalHub.Tests.Fixtures;
using static SignalHub.Tests.Fixtures.PartnerFiles;

namespace SignalHub.Tests.Dispatch;

/// <summary>
/// SDV confirms or rejects a hit in triage, a coordinator reassigns with a reason: each moves the case and leaves a
/// decision with who, when and why beside the automatic one. On both stacks.
/// </summary>
[TestFixture(StackKind.SqliteInMemory)]
[TestFixture(StackKind.PostgresRabbitMq)]
public sealed class When_a_routing_decision_is_changed(StackKind kind)
{
    private const string October = "2026-10";
    private SignalHubStack _stack = null!;
    private CaseRouting _routing = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _stack = await SignalHubStack.StartAsync(kind);
        _routing = _stack.Get<CaseRouting>();
        await _stack.ImportAreasAsync();
        await _stack.ImportSdvClientsAsync(
            "SDV-13;Koster;12-03-1978;2011AB;26;;;Consulent Koster",
            "SDV-14;Brouwer;;2011AB;28;;;Consulent Brouwer");
        var housing = (await _stack.RegisterAsync("Woonstichting Triage", "housing")).ApiKey;
        await _stack.UploadAsync(housing, October, Csv(
            Row("R-26", "huur", "Koster", "26", "2011AB"),
            Row("R-28", "huur", "Maas", "28", "2011AB"),
            Row("R-9", "huur", "Prins", "9", "2016XY"),
            Row("R-11", "huur", "Claes", "11", "2016XY")));
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _stack.DisposeAsync();

    [Test]
    public async Task When_SDV_confirms_a_possible_hit_Should_move_the_case_to_SDV_and_the_clients_caseworker()
    {
        var before = await _stack.RequireCaseAtAsync(October, "2011AB", 28);
        Assert.That((before.Route, before.KnownClient?.Likelihood), Is.EqualTo(("wijkteam", "possible")));

        var change = await _routing.ConfirmKnownClientAsync(before.Id, "sdv.medewerker", CancellationToken.None);

        var after = await _stack.RequireCaseAtAsync(October, "2011AB", 28);
        var history = await _stack.Get<RoutingDecisionQuery>().ForCaseAsync(before.Id, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(change.Outcome, Is.EqualTo(RoutingChangeOutcome.Done));
            Assert.That((after.Route, after.Team, after.AssignedTo, after.Status), Is.EqualTo(("sdv", "SDV", "Consulent Brouwer", CaseStage.Assigned.ToCode())));
            Assert.That((after.KnownClient?.Status, after.KnownClient?.DecidedBy), Is.EqualTo(("confirmed", "sdv.medewerker")));
            Assert.That(history.Select(d => d.Kind), Is.EqualTo(new[] { RoutingDecisionKind.Dispatch, RoutingDecisionKind.ConfirmKnownClient }));
            Assert.That((history[1].DecidedBy, history[1].Route, history[1].AssignedTo), Is.EqualTo(("sdv.medewerker", "sdv", "Consulent Brouwer")));
            Assert.That(history[1].Reason, Does.Contain("SDV-14"));
            Assert.That(change.Decision, Is.EqualTo(history[1]));
        });
    }

    [Test]
    public async Task When_SDV_rejects_a_likely_hit_Should_route_the_case_as_not_known_with_the_reason()
    {
        var before = await _stack.RequireCaseAtAsync(October, "2011AB", 26);
        Assert.That((before.Route, before.AssignedTo), Is.EqualTo(("sdv", "Consulent Koster")));

        var change = await _routing.RejectKnownClientAsync(before.Id, "sdv.medewerker", "andere Koster, geen cliënt", CancellationToken.None);

        var after = await _stack.RequireCaseAtAsync(October, "2011AB", 26);
        var history = await _stack.Get<RoutingDecisionQuery>().ForCaseAsync(before.Id, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(change.Outcome, Is.EqualTo(RoutingChangeOutcome.Done));
            Assert.That((after.Route, after.Team, after.AssignedTo, after.Status), Is.EqualTo(("wijkteam", "Wijkteam Noord", (string?)null, CaseStage.New.ToCode())));
            Assert.That(after.KnownClient?.Status, Is.EqualTo("rejected"));
            Assert.That(history.Select(d => d.Kind), Is.EqualTo(new[] { RoutingDecisionKind.Dispatch, RoutingDecisionKind.RejectKnownClient }));
            Assert.That(history[1].Reason, Does.Contain("andere Koster, geen cliënt").And.Contain("Wijkteam Noord"));
            Assert.That(history[1].DecidedBy, Is.EqualTo("sdv.medewerker"));
        });
    }

    [Test]
    public async Task When_a_coordinator_reassigns_a_case_Should_move_it_out_of_the_queue_with_who_and_why()
    {
        var before = await _stack.RequireCaseAtAsync(October, "2016XY", 9);
        Assert.That((await _stack.Get<CaseQuery>().CoordinatorQueueAsync(CancellationToken.None)).Select(k => k.Id), Does.Contain(before.Id));

        var change = await _routing.ReassignAsync(before.Id, Route.Wijkteam, "Wijkteam Zuid", "coordinator.test", "grenst aan Zuid, zij kennen de straat",
            CancellationToken.None);

        var after = await _stack.RequireCaseAtAsync(October, "2016XY", 9);
        var history = await _stack.Get<RoutingDecisionQuery>().ForCaseAsync(before.Id, CancellationToken.None);
        Assert.Multiple(async () =>
        {
            Assert.That(change.Outcome, Is.EqualTo(RoutingChangeOutcome.Done));
            Assert.That((after.Route, after.Team, after.DecidedBy), Is.EqualTo(("wijkteam", "Wijkteam Zuid", "coordinator.test")));
            Assert.That(history.Select(d => (d.Kind, d.Route, d.DecidedBy)), Is.EqualTo(new[]
            {
                (RoutingDecisionKind.Dispatch, "coordinator", "signalhub:routing"),
                (RoutingDecisionKind.Reassign, "wijkteam", "coordinator.test"),
            }));
            Assert.That(history[1].Reason, Does.Contain("grenst aan Zuid"));
            Assert.That(history[1].DecidedAt, Is.GreaterThanOrEqualTo(history[0].DecidedAt));
            Assert.That((await _stack.Get<CaseQuery>().CoordinatorQueueAsync(CancellationToken.None)).Select(k => k.Id), Does.Not.Contain(before.Id));
        });
    }

    [Test]
    public async Task When_the_case_is_closed_or_unknown_Should_refuse_and_record_nothing()
    {
        var k = await _stack.RequireCaseAtAsync(October, "2016XY", 11);
        await _stack.CloseCaseAsync(October, "2016XY", 11, DateTime.UtcNow);
        var decisions = await _stack.CountAsync("SELECT COUNT(*) FROM routing_decisions");

        var closed = await _routing.ReassignAsync(k.Id, Route.Budgetcoach, null, "coordinator.test", "te laat", CancellationToken.None);
        var unknown = await _routing.ConfirmKnownClientAsync(Guid.CreateVersion7(), "sdv.medewerker", CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(closed, Is.EqualTo(new RoutingChange(RoutingChangeOutcome.CaseClosed, null)));
            Assert.That(unknown, Is.EqualTo(new RoutingChange(RoutingChangeOutcome.CaseNotFound, null)));
            Assert.That(await _stack.CountAsync("SELECT COUNT(*) FROM routing_decisions"), Is.EqualTo(decisions));
        });
    }

    [TestCase("", "reden")]
    [TestCase("coordinator.test", "")]
    [TestCase("coordinator.test", "   ")]
    public void When_who_or_why_is_missing_Should_refuse_to_reassign(string by, string reason)
    {
        Assert.ThrowsAsync<ArgumentException>(() =>
            _routing.ReassignAsync(Guid.CreateVersion7(), Route.Coordinator, null, by, reason, CancellationToken.None));
    }

    [Test]
    public void When_a_wijkteam_route_names_no_team_Should_refuse_to_reassign()
    {
        Assert.ThrowsAsync<ArgumentException>(() =>
            _routing.ReassignAsync(Guid.CreateVersion7(), Route.Wijkteam, null, "coordinator.test", "reden", CancellationToken.None));
    }
}
