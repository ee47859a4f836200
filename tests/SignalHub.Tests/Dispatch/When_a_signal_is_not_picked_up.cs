using SignalHub.Dispatch;
using SignalHub.Domain.Outreach;
using SignalHub.Tests.Fixtures;
using static SignalHub.Tests.Fixtures.PartnerFiles;

namespace SignalHub.Tests.Dispatch;

/// <summary>
/// Not every signal becomes a case, and the reason is always on record, on both stacks: arrears below the
/// minimum, a repeat within the window whose arrears did not rise, and a household that already has an open case
/// (which the new match joins). A later signal that lifts a match over the minimum gets it picked up after all.
/// </summary>
[TestFixture(StackKind.SqliteInMemory)]
[TestFixture(StackKind.PostgresRabbitMq)]
public sealed class When_a_signal_is_not_picked_up(StackKind kind)
{
    private const string September = "2026-09";
    private const string October = "2026-10";
    private static readonly DateTime ClosedAt = new(2026, 9, 20, 10, 0, 0, DateTimeKind.Utc);
    private SignalHubStack _stack = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _stack = await SignalHubStack.StartAsync(kind);
        await _stack.ImportAreasAsync();
        var housing = (await _stack.RegisterAsync("Woonstichting Drempel", "housing")).ApiKey;
        var water = (await _stack.RegisterAsync("Drinkwater Drempel", "water")).ApiKey;
        await _stack.UploadAsync(housing, September, Csv(
            Row("R-9", "huur", "Hendriks", "9", "2012AA", amount: "300,00"),
            Row("R-11", "huur", "Willems", "11", "2012AA", amount: "300,00"),
            Row("R-13", "huur", "Mulder", "13", "2012AA", amount: "450,00")));
        await _stack.CloseCaseAsync(September, "2012AA", 9, ClosedAt);
        await _stack.CloseCaseAsync(September, "2012AA", 11, ClosedAt);
        await _stack.UploadAsync(housing, October, Csv(
            Row("R-30", "huur", "Kramer", "30", "2011AB", amount: "35,00"),
            Row("R-32", "huur", "Bos", "32", "2011AB", amount: "30,00"),
            Row("R-9", "huur", "Hendriks", "9", "2012AA", amount: "300,00"),
            Row("R-11", "huur", "Willems", "11", "2012AA", amount: "450,00"),
            Row("R-13", "huur", "Mulder", "13", "2012AA", amount: "500,00")));
        await _stack.UploadAsync(water, October, Csv(Row("W-32", "water", "Bos", "32", "2011AB", amount: "100,00")));
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _stack.DisposeAsync();

    [Test]
    public async Task Arrears_below_the_minimum_should_get_no_case_and_the_unjustified_signal_result()
    {
        var decisions = await DecisionsAtAsync("2011AB", 30);

        Assert.Multiple(async () =>
        {
            Assert.That(await _stack.CaseAtAsync(October, "2011AB", 30), Is.Null);
            Assert.That(decisions, Has.Count.EqualTo(1));
            Assert.That((decisions[0].Kind, decisions[0].Route, decisions[0].Result, decisions[0].CaseId),
                Is.EqualTo((RoutingDecisionKind.NotPickedUp, "none", "unjustified_signal", (Guid?)null)));
            Assert.That(decisions[0].Reason, Does.StartWith("Niet opgepakt: onterecht signaal").And.Contain("€ 35,00").And.Contain("€ 50,00"));
            Assert.That(await _stack.CountAsync("SELECT COUNT(*) FROM matches WHERE id = @Id AND status = 'not_picked_up' AND not_picked_up = 'unjustified_signal'",
                new { Id = decisions[0].MatchId }), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_repeat_within_the_window_whose_arrears_did_not_rise_should_not_be_picked_up()
    {
        var decisions = await DecisionsAtAsync("2012AA", 9);

        Assert.Multiple(async () =>
        {
            Assert.That(await _stack.CaseAtAsync(October, "2012AA", 9), Is.Null);
            Assert.That(decisions.Select(d => (d.Kind, d.Route, d.Result)), Is.EqualTo(new[] { (RoutingDecisionKind.NotPickedUp, "none", (string?)"repeat_signal") }));
            Assert.That(decisions[0].Reason, Does.StartWith("Niet opgepakt: herhaalde melding").And.Contain("2026-09-20"));
        });
    }

    [Test]
    public async Task A_repeat_within_the_window_whose_arrears_rose_should_go_to_the_budget_coach()
    {
        var k = await _stack.RequireCaseAtAsync(October, "2012AA", 11);

        Assert.Multiple(() =>
        {
            Assert.That(k.Route, Is.EqualTo("budgetcoach"));
            Assert.That(k.Earlier?.CaseStatus, Is.EqualTo(CaseStage.Closed.ToCode()));
        });
        var history = await _stack.Get<RoutingDecisionQuery>().ForCaseAsync(k.Id, CancellationToken.None);
        Assert.That(history.Single().Reason, Does.Contain("achterstand gestegen van € 300,00 naar € 450,00"));
    }

    [Test]
    public async Task A_household_with_an_open_case_should_join_it_instead_of_getting_a_new_one()
    {
        var open = await _stack.RequireCaseAtAsync(September, "2012AA", 13);
        var decisions = await DecisionsAtAsync("2012AA", 13);

        Assert.Multiple(async () =>
        {
            Assert.That(await _stack.CaseAtAsync(October, "2012AA", 13), Is.Null);
            Assert.That(decisions, Has.Count.EqualTo(1));
            Assert.That((decisions[0].Kind, decisions[0].CaseId, decisions[0].Route, decisions[0].Team),
                Is.EqualTo((RoutingDecisionKind.Join, (Guid?)open.Id, open.Route, open.Team)));
            Assert.That(decisions[0].Reason, Does.Contain("lopende zaak van 2026-09"));
            Assert.That(await _stack.CountAsync("SELECT COUNT(*) FROM matches WHERE id = @Id AND joined_case_id = @CaseId",
                new { Id = decisions[0].MatchId, CaseId = open.Id }), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_later_signal_that_lifts_the_total_over_the_minimum_should_get_the_match_picked_up()
    {
        var k = await _stack.RequireCaseAtAsync(October, "2011AB", 32);
        var decisions = await DecisionsAtAsync("2011AB", 32);

        Assert.Multiple(() =>
        {
            Assert.That(k.Route, Is.EqualTo("wijkteam"));
            Assert.That(decisions.Select(d => d.Kind), Is.EqualTo(new[] { RoutingDecisionKind.NotPickedUp, RoutingDecisionKind.Dispatch }),
                "30 EUR of rent alone was below the minimum; with 100 EUR of water it is not");
        });
    }

    [Test]
    public async Task Reports_should_count_each_match_once_by_what_became_of_it()
    {
        var outcomes = await _stack.Get<RoutingDecisionQuery>().OutcomesAsync(Scenario.Month(October), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(outcomes.Cases, Is.EqualTo(2), "Willems and Bos");
            Assert.That(outcomes.Joined, Is.EqualTo(1), "Mulder");
            Assert.That(outcomes.NotPickedUp, Is.EquivalentTo(new Dictionary<string, int> { ["unjustified_signal"] = 1, ["repeat_signal"] = 1 }));
        });
    }

    private async Task<IReadOnlyList<RoutingDecisionView>> DecisionsAtAsync(string postcode, int number) =>
        await _stack.Get<RoutingDecisionQuery>().ForMatchAsync(await _stack.MatchIdAsync(October, postcode, number), CancellationToken.None);
}
