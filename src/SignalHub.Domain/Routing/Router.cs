namespace SignalHub.Domain.Routing;

public enum Route
{
    /// <summary>The household is a client of debt services already: it stays there.</summary>
    Sdv,

    /// <summary>Not known: the neighbourhood team of the address goes to the door.</summary>
    Wijkteam,

    /// <summary>Reported before: the budget coach follows up.</summary>
    Budgetcoach,

    /// <summary>No team covers the address: a coordinator decides, so it never lands nowhere.</summary>
    Coordinator,
}

/// <summary>The stored codes of <see cref="Route"/>: <c>sdv</c>, <c>wijkteam</c>, <c>budgetcoach</c>, <c>coordinator</c>.</summary>
public static class Routes
{
    /// <summary>The route of a routing decision that made no case: the match was not picked up.</summary>
    public const string None = "none";

    public static string ToCode(this Route route) => route.ToString().ToLowerInvariant();

    public static bool TryParse(string? code, out Route route)
    {
        route = Enum.GetValues<Route>().FirstOrDefault(r => string.Equals(r.ToCode(), code?.Trim(), StringComparison.OrdinalIgnoreCase), (Route)(-1));
        return Enum.IsDefined(route);
    }
}

/// <summary>What routing knows of a match: a hit in the SDV client list, an earlier match, the team of its area.</summary>
public sealed record RoutingFacts(SdvHit? KnownClient, Guid? EarlierMatch, string? AreaTeam);

/// <param name="Hit">The SDV hit the decision saw, also when it was only possible and the match was routed on.</param>
public sealed record RoutingDecision(Route Route, string? Team, string? AssignTo, string Reason, SdvHit? Hit);

/// <summary>
/// Decides where a match goes, in the order of the monthly cycle: a likely known SDV client stays with SDV
/// (with the client's caseworker when known); a recidivist goes to the budget coach; otherwise the wijkteam
/// of the area, or a coordinator when no area covers the address. A possible hit does not route: the match
/// goes on as not known, and the hit travels along in the reason so SDV can confirm or reject it in triage.
/// </summary>
public static class Router
{
    public const string SdvTeam = "SDV";
    public const string BudgetcoachTeam = "Budgetcoach";
    public const string CoordinatorTeam = "Coördinator";

    public static RoutingDecision Route(RoutingFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.KnownClient is { Likelihood: HitLikelihood.Likely } hit)
            return new(Routing.Route.Sdv, SdvTeam, hit.Caseworker, $"bekend bij SDV (dossier {hit.CaseReference}): {hit.Why}", hit);
        var possible = facts.KnownClient is { } maybe ? $"; mogelijk bekend bij SDV (dossier {maybe.CaseReference}): {maybe.Why}" : "";
        if (facts.EarlierMatch is not null)
            return new(Routing.Route.Budgetcoach, BudgetcoachTeam, null, "eerder gemeld: opvolging door de budgetcoach" + possible, facts.KnownClient);
        if (facts.AreaTeam is { } team)
            return new(Routing.Route.Wijkteam, team, null, $"niet bekend bij SDV; wijkteam {team} dekt deze postcode" + possible, facts.KnownClient);
        return new(Routing.Route.Coordinator, CoordinatorTeam, null, "geen wijkteam voor deze postcode: de coördinator wijst toe" + possible, facts.KnownClient);
    }

    /// <summary>The team a route stands for when no team is named; a wijkteam route has none, its team is the area's.</summary>
    public static string? DefaultTeam(Route route) => route switch
    {
        Routing.Route.Sdv => SdvTeam,
        Routing.Route.Budgetcoach => BudgetcoachTeam,
        Routing.Route.Coordinator => CoordinatorTeam,
        _ => null,
    };

    /// <summary>
    /// The team a case goes to when a person reassigns it to <paramref name="route"/>: the team named, else the route's own
    /// team. A wijkteam route needs its team named: null when it is not.
    /// </summary>
    public static string? TeamOnReassign(Route route, string? team) => route == Routing.Route.Wijkteam
        ? (string.IsNullOrWhiteSpace(team) ? null : team.Trim())
        : team ?? DefaultTeam(route);

    /// <summary>Where the match goes once SDV has said the household is not its client: the same order without the hit.</summary>
    public static RoutingDecision RouteAsNotKnown(RoutingFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return Route(facts with { KnownClient = null });
    }
}
