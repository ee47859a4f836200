using SignalHub.Dispatch;
using SignalHub.Domain.Outreach;
using SignalHub.Tests.Fixtures;
using static SignalHub.Tests.Fixtures.PartnerFiles;

namespace SignalHub.Tests.Dispatch;

/// <summary>
/// Where each match goes, on both stacks: a likely SDV client stays with SDV and its caseworker, a possible one goes
/// on to the wijkteam with the hit shown, a recidivist goes to the budget coach with the earlier match attached, an
/// address no area covers lands in the coordinator's queue. Every case starts with its decision on record.
/// </summary>
[TestFixture(StackKind.SqliteInMemory)]
[TestFixture(StackKind.PostgresRabbitMq)]
public sealed class When_matches_are_routed(StackKind kind)
{
    private const string October = "2026-10";
    private SignalHubStack _stack = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _stack = await SignalHubStack.StartAsync(kind);
        await _stack.ImportAreasAsync();
        await _stack.ImportSdvClientsAsync(
            "SDV-10;de Groot;12-03-1978;2011 AB;20;;;Consulent Noord",
            "SDV-11;Pietersen;;2011AB;22;;;Consulent Noord",
            "SDV-12;Vos;01-02-1980;2099AA;1;;;Consulent Verhuis");
        var housing = (await _stack.RegisterAsync("Woonstichting Route", "housing")).ApiKey;
        await _stack.UploadAsync(housing, "2026-05", Csv(Row("R-5", "huur", "Dekker", "5", "2012AA", amount: "300,00")));
        await _stack.CloseCaseAsync("2026-05", "2012AA", 5, new DateTime(2026, 5, 28, 12, 0, 0, DateTimeKind.Utc));
        var receipt = await _stack.UploadAsync(housing, October, Csv(
            Row("R-20", "huur", "de Groot", "20", "2011AB"),
            Row("R-22", "huur", "Smit", "22", "2011AB"),
            Row("R-24", "huur", "Vos", "24", "2011AB", birthDate: "01-02-1980"),
            Row("R-7", "huur", "Visser", "7", "2016XY"),
            Row("R-1", "huur", "Bakker", "1", "2013CD"),
            Row("R-2", "huur", "Jacobs", "1", "2013CE"),
            Row("R-5", "huur", "Dekker", "5", "2012AA", amount: "320,00")));
        Assert.That(receipt.RowsRejected, Is.Zero);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _stack.DisposeAsync();

    [Test]
    public async Task A_likely_known_client_should_go_to_SDV_and_its_caseworker()
    {
        var k = await _stack.RequireCaseAtAsync(October, "2011AB", 20);

        Assert.Multiple(() =>
        {
            Assert.That((k.Route, k.Team, k.AssignedTo, k.Status), Is.EqualTo(("sdv", "SDV", "Consulent Noord", CaseStage.Assigned.ToCode())));
            Assert.That(k.KnownClient?.Likelihood, Is.EqualTo("likely"));
            Assert.That(k.KnownClient?.CaseReference, Is.EqualTo("SDV-10"));
            Assert.That(k.RouteReason, Does.Contain("zelfde adres, achternaam en geboortedatum"));
        });
    }

    [Test]
    public async Task A_client_at_another_address_with_the_same_surname_and_birth_date_should_go_to_SDV_as_possibly_moved()
    {
        var k = await _stack.RequireCaseAtAsync(October, "2011AB", 24);

        Assert.Multiple(() =>
        {
            Assert.That((k.Route, k.AssignedTo), Is.EqualTo(("sdv", "Consulent Verhuis")));
            Assert.That(k.KnownClient?.Why, Does.Contain("mogelijk verhuisde cliënt"));
        });
    }

    [Test]
    public async Task A_possible_hit_should_go_on_to_the_wijkteam_with_the_hit_shown()
    {
        var k = await _stack.RequireCaseAtAsync(October, "2011AB", 22);

        Assert.Multiple(() =>
        {
            Assert.That((k.Route, k.Team, k.AssignedTo, k.Status), Is.EqualTo(("wijkteam", "Wijkteam Noord", (string?)null, CaseStage.New.ToCode())));
            Assert.That(k.KnownClient, Is.Not.Null);
            Assert.That((k.KnownClient!.CaseReference, k.KnownClient.Likelihood, k.KnownClient.Status), Is.EqualTo(("SDV-11", "possible", "open")));
            Assert.That(k.KnownClient.Why, Does.Contain("alleen het adres"));
            Assert.That(k.RouteReason, Does.Contain("mogelijk bekend bij SDV (dossier SDV-11)"));
        });
    }

    [Test]
    public async Task An_address_no_area_covers_should_land_in_the_coordinators_queue()
    {
        var k = await _stack.RequireCaseAtAsync(October, "2016XY", 7);
        var queue = await _stack.Get<CaseQuery>().CoordinatorQueueAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That((k.Route, k.Team), Is.EqualTo(("coordinator", "Coördinator")));
            Assert.That(queue.Select(q => q.Id), Does.Contain(k.Id));
            Assert.That(queue.Select(q => q.Route), Is.All.EqualTo("coordinator"));
        });
    }

    [Test]
    public async Task A_recidivist_should_go_to_the_budget_coach_with_the_earlier_match_and_where_its_case_went()
    {
        var k = await _stack.RequireCaseAtAsync(October, "2012AA", 5);
        var may = await _stack.MatchIdAsync("2026-05", "2012AA", 5);

        Assert.Multiple(() =>
        {
            Assert.That((k.Route, k.Team), Is.EqualTo(("budgetcoach", "Budgetcoach")));
            Assert.That(k.Earlier, Is.Not.Null);
            Assert.That((k.Earlier!.MatchId, k.Earlier.Period, k.Earlier.CaseRoute, k.Earlier.CaseStatus),
                Is.EqualTo((may, "2026-05", "wijkteam", CaseStage.Closed.ToCode())), "closed in May, outside the repeat window: picked up again");
        });
    }

    [TestCase(1, "2013CD", "Wijkteam Hofje")]
    [TestCase(1, "2013CE", "Wijkteam Noord")]
    public async Task Where_areas_overlap_the_most_specific_should_win(int number, string postcode, string team)
    {
        var k = await _stack.RequireCaseAtAsync(October, postcode, number);

        Assert.That((k.Route, k.Team), Is.EqualTo(("wijkteam", team)));
    }

    [Test]
    public async Task Every_case_should_have_its_automatic_decision_on_record()
    {
        var cases = await _stack.Get<CaseQuery>().ListAsync(Scenario.Month(October), CancellationToken.None);
        var decisions = _stack.Get<RoutingDecisionQuery>();

        foreach (var k in cases)
        {
            var history = await decisions.ForCaseAsync(k.Id, CancellationToken.None);
            Assert.That(history, Has.Count.EqualTo(1), $"case {k.Id}");
            Assert.Multiple(() =>
            {
                Assert.That(history[0].Kind, Is.EqualTo(RoutingDecisionKind.Dispatch));
                Assert.That(history[0].DecidedBy, Is.EqualTo("signalhub:routing"));
                Assert.That((history[0].Route, history[0].Team, history[0].AssignedTo), Is.EqualTo((k.Route, k.Team, k.AssignedTo)));
                Assert.That(history[0].Reason, Does.StartWith(k.RouteReason));
                Assert.That(history[0].DecidedAt, Is.EqualTo(k.CreatedAt).Within(TimeSpan.FromSeconds(1)));
            });
        }
        Assert.That(cases, Has.Count.EqualTo(7));
    }
}
