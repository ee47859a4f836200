using Dapper;
using SignalHub.Domain.Routing;
using Route = SignalHub.Domain.Routing.Route;

namespace SignalHub.Matching;

/// <summary>
/// What SDV narrows the triage queue to: a priority class, a cost type among the current signals, the team of the
/// match's case (<see cref="NoTeam"/>: the coordinator's, no team covers the address), recidivist or not. Each set
/// field adds one condition to the queue's query; none set is the whole queue.
/// </summary>
public sealed record TriageFilter(string? PriorityClass = null, string? CostType = null, string? Team = null, bool? Recidivist = null)
{
    public static readonly TriageFilter None = new();

    /// <summary>The team value that selects the cases on route coordinator: addresses no team covers.</summary>
    public const string NoTeam = "zonder-team";

    // Constant conditions with parameters: the query plan stays one per combination, the values never enter the SQL text.
    private const string ClassCondition = " AND priority_class = @PriorityClass";
    private const string CostTypeCondition = " AND EXISTS (SELECT 1 FROM signals f WHERE f.match_id = matches.id AND f.status = @Current AND f.cost_type = @CostType)";
    private const string TeamCondition = " AND EXISTS (SELECT 1 FROM cases k WHERE k.match_id = matches.id AND k.team = @Team AND k.route <> @CoordinatorRoute)";
    private const string NoTeamCondition = " AND EXISTS (SELECT 1 FROM cases k WHERE k.match_id = matches.id AND k.route = @CoordinatorRoute)";
    private const string RecidivistCondition = " AND recidivist_of IS NOT NULL";
    private const string FirstTimeCondition = " AND recidivist_of IS NULL";

    public bool IsEmpty => this == None;

    /// <summary>The conditions to append after the period's <c>WHERE</c>, each starting with <c>AND</c>.</summary>
    public string Conditions()
    {
        var sql = "";
        if (PriorityClass is not null)
            sql += ClassCondition;
        if (CostType is not null)
            sql += CostTypeCondition;
        if (Team == NoTeam)
            sql += NoTeamCondition;
        else if (Team is not null)
            sql += TeamCondition;
        if (Recidivist is { } recidivist)
            sql += recidivist ? RecidivistCondition : FirstTimeCondition;
        return sql;
    }

    public void AddParameters(DynamicParameters parameters)
    {
        parameters.Add("PriorityClass", PriorityClass);
        parameters.Add("CostType", CostType);
        parameters.Add("Team", Team);
        parameters.Add("CoordinatorRoute", Route.Coordinator.ToCode());
    }
}
