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

/// <summary>What routing knows of a match: a known-client hit, an earlier match, the team of its area.</summary>
public sealed record RoutingFacts(SdvHit? KnownClient, Guid? EarlierMatch, string? AreaTeam);

/// <summary>A likely hit in the debt-service client list, with why it was taken for one.</summary>
public sealed record SdvHit(string CaseReference, string? Caseworker, string Why);

public sealed record RoutingDecision(Route Route, string? Team, string? AssignTo, string Reason);

/// <summary>
/// Decides where a match goes, in the order of the monthly cycle: a known SDV client stays with SDV;
/// a recidivist goes to the budget coach; otherwise the wijkteam of the area, or a coordinator when no
/// area covers the address.
/// </summary>
public static class Router
{
    public const string SdvTeam = "SDV";
    public const string BudgetcoachTeam = "Budgetcoach";
    public const string CoordinatorTeam = "Coördinator";

    public static RoutingDecision Route(RoutingFacts facts)
    {
        if (facts.KnownClient is { } hit)
            return new(Routing.Route.Sdv, SdvTeam, hit.Caseworker, $"bekend bij SDV (dossier {hit.CaseReference}): {hit.Why}");
        if (facts.EarlierMatch is not null)
            return new(Routing.Route.Budgetcoach, BudgetcoachTeam, null, "eerder gemeld: opvolging door de budgetcoach");
        if (facts.AreaTeam is { } team)
            return new(Routing.Route.Wijkteam, team, null, $"niet bekend bij SDV; wijkteam {team} dekt deze postcode");
        return new(Routing.Route.Coordinator, CoordinatorTeam, null, "geen wijkteam voor deze postcode: de coördinator wijst toe");
    }
}
