using Dapper;
using SignalHub.Domain.Values;
using SignalHub.Outreach;
using SignalHub.Storage;

namespace SignalHub.Dispatch;

/// <summary>
/// A case as <c>signalhub cases --json</c> and the portal read it. Field names are a contract. <c>attempts</c> are
/// in the standard's words; <c>atRisk</c> and <c>overdue</c> are the marks of the daily deadline job.
/// </summary>
public sealed record CaseView(Guid Id, Guid MatchId, string Period, string Route, string? Team, string? AssignedTo, string Status,
    string RouteReason, string DecidedBy, DateOnly DueDate, DateTime CreatedAt, IReadOnlyList<AttemptView> Attempts,
    DateOnly FirstAttemptDue, bool AtRisk, bool Overdue, string? Result);

public sealed class CaseQuery(Database database, DeadlineMarking deadlines)
{
    public Task<IReadOnlyList<CaseView>> ListAsync(Period period, CancellationToken ct) => database.ReadAsync<IReadOnlyList<CaseView>>(async c =>
    {
        var rows = await c.QueryAsync<CaseRow>(new CommandDefinition("""
            SELECT k.id AS Id, k.match_id AS MatchId, k.period AS Period, k.route AS Route, k.team AS Team, k.assigned_to AS AssignedTo,
                   k.status AS Status, k.route_reason AS RouteReason, k.decided_by AS DecidedBy, k.due_date AS DueDate, k.created_at AS CreatedAt,
                   k.at_risk AS AtRisk, k.overdue AS Overdue, k.result AS Result
            FROM cases k JOIN matches m ON m.id = k.match_id
            WHERE k.period = @Period ORDER BY m.priority_score DESC, k.due_date, k.id
            """, new { Period = period.ToString() }, cancellationToken: ct));
        var attempts = await AttemptStore.ForPeriodAsync(c, period.ToString(), ct);
        return [.. rows.Select(r => new CaseView(r.Id, r.MatchId, r.Period, r.Route, r.Team, r.AssignedTo, r.Status, r.RouteReason, r.DecidedBy,
            r.DueDate, r.CreatedAt, [.. attempts[r.Id].Select(a => a.ToView())], deadlines.FirstAttemptDue(r.CreatedAt), r.AtRisk, r.Overdue, r.Result))];
    }, ct);

    private sealed class CaseRow
    {
        public Guid Id { get; init; }
        public Guid MatchId { get; init; }
        public string Period { get; init; } = "";
        public string Route { get; init; } = "";
        public string? Team { get; init; }
        public string? AssignedTo { get; init; }
        public string Status { get; init; } = "";
        public string RouteReason { get; init; } = "";
        public string DecidedBy { get; init; } = "";
        public DateOnly DueDate { get; init; }
        public DateTime CreatedAt { get; init; }
        public bool AtRisk { get; init; }
        public bool Overdue { get; init; }
        public string? Result { get; init; }
    }
}
