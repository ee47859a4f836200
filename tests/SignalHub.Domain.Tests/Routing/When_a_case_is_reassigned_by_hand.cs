using SignalHub.Domain.Routing;

namespace SignalHub.Domain.Tests.Routing;

/// <summary>The team a coordinator's reassignment lands with: the team named, else the route's own team.</summary>
public sealed class When_a_case_is_reassigned_by_hand
{
    [TestCase(Route.Sdv, null, "SDV")]
    [TestCase(Route.Sdv, "SDV Noord", "SDV Noord")]
    [TestCase(Route.Budgetcoach, null, "Budgetcoach")]
    [TestCase(Route.Budgetcoach, "Budgetcoach Zuid", "Budgetcoach Zuid")]
    [TestCase(Route.Coordinator, null, "Coördinator")]
    [TestCase(Route.Wijkteam, " Wijkteam Noord ", "Wijkteam Noord")]
    [TestCase(Route.Wijkteam, null, null)]
    [TestCase(Route.Wijkteam, "  ", null)]
    public void Should_take_the_team_named_or_the_routes_own(Route route, string? team, string? assigned) =>
        Assert.That(Router.TeamOnReassign(route, team), Is.EqualTo(assigned));

    [TestCase(Route.Sdv, "SDV")]
    [TestCase(Route.Budgetcoach, "Budgetcoach")]
    [TestCase(Route.Coordinator, "Coördinator")]
    [TestCase(Route.Wijkteam, null)]
    public void Should_know_the_team_each_route_stands_for(Route route, string? team) =>
        Assert.That(Router.DefaultTeam(route), Is.EqualTo(team));
}
