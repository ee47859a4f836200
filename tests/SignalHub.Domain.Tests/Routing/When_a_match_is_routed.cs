using SignalHub.Domain.Routing;

namespace SignalHub.Domain.Tests.Routing;

public sealed class When_a_match_is_routed
{
    private static readonly Guid Earlier = Guid.Parse("0190a000-0000-7000-8000-000000000001");
    private static readonly SdvHit Likely = new("SDV-1", "Consulent Een", HitLikelihood.Likely, "zelfde adres en achternaam");
    private static readonly SdvHit Possible = new("SDV-2", "Consulent Twee", HitLikelihood.Possible, "alleen het adres komt overeen (andere achternaam)");

    // hit (none, likely, possible), recidivist, area team -> route, team, assigned to
    [TestCase("likely", true, "Wijkteam Noord", Route.Sdv, "SDV", "Consulent Een")]
    [TestCase("possible", false, "Wijkteam Noord", Route.Wijkteam, "Wijkteam Noord", null)]
    [TestCase("possible", true, "Wijkteam Noord", Route.Budgetcoach, "Budgetcoach", null)]
    [TestCase("possible", false, null, Route.Coordinator, "Coördinator", null)]
    [TestCase("none", true, null, Route.Budgetcoach, "Budgetcoach", null)]
    [TestCase("none", false, "Wijkteam Zuid", Route.Wijkteam, "Wijkteam Zuid", null)]
    [TestCase("none", false, null, Route.Coordinator, "Coördinator", null)]
    public void Should_follow_the_order_of_the_monthly_cycle(string hit, bool recidivist, string? area, Route route, string team, string? assignTo)
    {
        var facts = new RoutingFacts(Hit(hit), recidivist ? Earlier : null, area);

        var decision = Router.Route(facts);

        Assert.Multiple(() =>
        {
            Assert.That(decision.Route, Is.EqualTo(route));
            Assert.That(decision.Team, Is.EqualTo(team));
            Assert.That(decision.AssignTo, Is.EqualTo(assignTo));
            Assert.That(decision.Hit, Is.EqualTo(Hit(hit)), "the hit travels with the decision, also when it did not route");
        });
    }

    [Test]
    public void When_the_hit_is_only_possible_Should_say_so_in_the_reason()
    {
        var decision = Router.Route(new RoutingFacts(Possible, null, "Wijkteam Noord"));

        Assert.That(decision.Reason, Does.Contain("niet bekend bij SDV").And.Contain("mogelijk bekend bij SDV (dossier SDV-2)").And.Contain("alleen het adres"));
    }

    [Test]
    public void When_SDV_rejects_a_likely_hit_Should_route_as_not_known()
    {
        var decision = Router.RouteAsNotKnown(new RoutingFacts(Likely, null, "Wijkteam Noord"));

        Assert.Multiple(() =>
        {
            Assert.That(decision.Route, Is.EqualTo(Route.Wijkteam));
            Assert.That(decision.Hit, Is.Null);
            Assert.That(decision.Reason, Does.Not.Contain("SDV-1"));
        });
    }

    [TestCase("sdv", Route.Sdv)]
    [TestCase(" Wijkteam ", Route.Wijkteam)]
    [TestCase("BUDGETCOACH", Route.Budgetcoach)]
    [TestCase("coordinator", Route.Coordinator)]
    public void When_a_route_code_is_read_Should_know_it(string code, Route expected)
    {
        Assert.Multiple(() =>
        {
            Assert.That(Routes.TryParse(code, out var route), Is.True);
            Assert.That(route, Is.EqualTo(expected));
            Assert.That(route.ToCode(), Is.EqualTo(code.Trim().ToLowerInvariant()));
        });
    }

    [TestCase("none")]
    [TestCase("1")]
    [TestCase("")]
    [TestCase(null)]
    public void When_a_route_code_is_unknown_Should_refuse_it(string? code) => Assert.That(Routes.TryParse(code, out _), Is.False);

    private static SdvHit? Hit(string kind) => kind switch
    {
        "likely" => Likely,
        "possible" => Possible,
        _ => null,
    };
}
