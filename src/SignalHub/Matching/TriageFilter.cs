using Dapper;
using SignalHub.Domain.Routing;
using Route = SignalHub.Domain.Routing.Route;

namespace SignalHub.Matching;

/// <summary>
/// What SDV narrows the triage queue to: a priority class, a cost type among the current signals, the team of the
/// match's case (<see cref="NoTeam"/>: the coordinator's, no team covers the address), recidivist or not, an SDV
/// known-client hit (in one state, or <see cref="AnyHit"/>). Each set
/// field adds one condition to the queue's query; none set is the whole queue.
/// </summary>
public sealed record TriageFilter(string? PriorityClass = null, string? CostType = null, string? Team = null, bool? Recidivist = null,
    string? SdvHit = null)
{
    /// <summary>The <see cref="SdvHit"/> that selects every match whose case has an SDV known-client hit, judged or not.</summary>
    public const string AnyHit = "any";

    public static readonly TriageFilter None = new();

    /// <summary>The team value that selects the cases on route coordinator: addresses no team covers.</summary>
    public const string NoTeam = "zonder-team";

    // Constant conditions with parameters: the query plan stays one per combination, the values never enter the SQL text.
    private const string ClassCondition = " AND priority_class = @PriorityClass";
    private const string CostTypeCondition = " AND EXISTS (SELECT 1 FROM signals f WHERE f.match_id = matches.id AND f.status = @Current AND f.cost_type = @CostType)";
    private const string TeamCondition = " AND EXISTS (SELECT 1 FROM cases k WHERE k.match_id = matches.id AND k.team = @Team AND k.route <> @CoordinatorRoute)";
    private const string NoTeamCondition = " AND EXISTS (SELECT 1 FROM cases k WHERE k.match_id = matches.id AND k.route = @CoordinatorRoute)";
    private const string FewTeamCondition = " AND id IN (SELECT k.match_id FROM cases k WHERE k.period = @Period AND k.team = @Team AND k.route <> @CoordinatorRoute)";
    private const string FewNoTeamCondition = " AND id IN (SELECT k.match_id FROM cases k WHERE k.period = @Period AND k.route = @CoordinatorRoute)";
    // Ordered by the period the probe fixes, so the index's own order serves it: the count is all it needs.
    private const string TeamProbe = "SELECT k.match_id FROM cases k WHERE k.period = @Period AND k.team = @Team AND k.route <> @CoordinatorRoute ORDER BY k.period";
    private const string NoTeamProbe = "SELECT k.match_id FROM cases k WHERE k.period = @Period AND k.route = @CoordinatorRoute ORDER BY k.period";

    /// <summary>
    /// Up to this many cases of the chosen team, the page reads them first and sorts them; beyond, it walks the queue in
    /// priority order and checks each match, which soon fills a page. At a hundred thousand matches a small team (or the
    /// few cases without one) would otherwise make the walk read the whole month.
    /// </summary>
    public const int FewCases = 2000;

    /// <summary>Set by the query after <see cref="ProbeSql"/>: the chosen team has at most <see cref="FewCases"/> cases this period.</summary>
    public bool FewTeamCases { get; init; }

    /// <summary>The ordered select of the chosen team's case ids that tells whether they are few (paged to <see cref="FewCases"/> + 1); null without a team.</summary>
    public string? ProbeSql => Team switch
    {
        null => null,
        NoTeam => NoTeamProbe,
        _ => TeamProbe,
    };
    // SDV hits are few in a month (the client list's matches), so the period's hit cases are read first, as for a small team.
    private const string HitCondition = " AND id IN (SELECT k.match_id FROM cases k JOIN sdv_hits h ON h.case_id = k.id WHERE k.period = @Period AND h.status = @HitStatus)";
    private const string AnyHitCondition = " AND id IN (SELECT k.match_id FROM cases k JOIN sdv_hits h ON h.case_id = k.id WHERE k.period = @Period)";
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
            sql += FewTeamCases ? FewNoTeamCondition : NoTeamCondition;
        else if (Team is not null)
            sql += FewTeamCases ? FewTeamCondition : TeamCondition;
        if (Recidivist is { } recidivist)
            sql += recidivist ? RecidivistCondition : FirstTimeCondition;
        if (SdvHit is not null)
            sql += SdvHit == AnyHit ? AnyHitCondition : HitCondition;
        return sql;
    }

    public void AddParameters(DynamicParameters parameters)
    {
        parameters.Add("PriorityClass", PriorityClass);
        parameters.Add("CostType", CostType);
        parameters.Add("Team", Team);
        parameters.Add("CoordinatorRoute", Route.Coordinator.ToCode());
        parameters.Add("HitStatus", SdvHit);
    }
}
