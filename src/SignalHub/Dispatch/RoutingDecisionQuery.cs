using Dapper;
using SignalHub.Domain.Values;
using SignalHub.Domain.Vocabulary;
using SignalHub.Storage;

namespace SignalHub.Dispatch;

/// <summary>One recorded routing decision. <c>Result</c> is the standard's final result code when the match was not picked up.</summary>
public sealed record RoutingDecisionView(Guid Id, Guid MatchId, Guid? CaseId, string Kind, string Route, string? Team, string? AssignedTo,
    string DecidedBy, string Reason, string? Result, DateTime DecidedAt);

/// <summary>What dispatch made of a period's matches, for reports: cases, joins, and matches not picked up per final result code.</summary>
public sealed record DispatchOutcomes(string Period, int Cases, int Joined, IReadOnlyDictionary<string, int> NotPickedUp);

/// <summary>The routing history of a case or a match, oldest first, and the period's dispatch outcomes.</summary>
public sealed class RoutingDecisionQuery(Database database)
{
    private const string Select = """
        SELECT id AS Id, match_id AS MatchId, case_id AS CaseId, kind AS Kind, route AS Route, team AS Team, assigned_to AS AssignedTo,
               decided_by AS DecidedBy, reason AS Reason, result AS Result, decided_at AS DecidedAt
        FROM routing_decisions
        """;

    public Task<IReadOnlyList<RoutingDecisionView>> ForCaseAsync(Guid caseId, CancellationToken ct) =>
        ListAsync(" WHERE case_id = @Id ORDER BY decided_at, id", caseId, ct);

    public Task<IReadOnlyList<RoutingDecisionView>> ForMatchAsync(Guid matchId, CancellationToken ct) =>
        ListAsync(" WHERE match_id = @Id ORDER BY decided_at, id", matchId, ct);

    public async Task<RoutingDecisionView?> FindAsync(Guid id, CancellationToken ct) =>
        (await ListAsync(" WHERE id = @Id", id, ct)).SingleOrDefault();

    private async Task<IReadOnlyList<RoutingDecisionView>> ListAsync(string where, Guid id, CancellationToken ct) =>
        [.. (await database.ReadAsync(c => c.QueryAsync<DecisionRow>(new CommandDefinition(Select + where, new { Id = id }, cancellationToken: ct)), ct))
            .Select(r => new RoutingDecisionView(r.Id, r.MatchId, r.CaseId, r.Kind, r.Route, r.Team, r.AssignedTo, r.DecidedBy, r.Reason, r.Result, r.DecidedAt))];

    /// <summary>The matches' current state, so a match decided twice (not picked up, then lifted by a later signal) counts once.</summary>
    public Task<DispatchOutcomes> OutcomesAsync(Period period, CancellationToken ct) =>
        database.ReadAsync(async c =>
        {
            var rows = (await c.QueryAsync<OutcomeRow>(new CommandDefinition("""
                SELECT m.status AS Status, m.not_picked_up AS NotPickedUp, m.joined_case_id AS JoinedCaseId,
                       (SELECT COUNT(*) FROM cases k WHERE k.match_id = m.id) AS CaseCount
                FROM matches m WHERE m.period = @Period
                """, new { Period = period.ToString() }, cancellationToken: ct))).ToList();
            var dropped = rows.Where(r => r.Status == MatchStatus.NotPickedUp.ToCode() && r.NotPickedUp is not null)
                .GroupBy(r => r.NotPickedUp!).ToDictionary(g => g.Key, g => g.Count());
            return new DispatchOutcomes(period.ToString(), rows.Count(r => r.CaseCount > 0), rows.Count(r => r.JoinedCaseId is not null), dropped);
        }, ct);

    private sealed class DecisionRow
    {
        public Guid Id { get; init; }
        public Guid MatchId { get; init; }
        public Guid? CaseId { get; init; }
        public string Kind { get; init; } = "";
        public string Route { get; init; } = "";
        public string? Team { get; init; }
        public string? AssignedTo { get; init; }
        public string DecidedBy { get; init; } = "";
        public string Reason { get; init; } = "";
        public string? Result { get; init; }
        public DateTime DecidedAt { get; init; }
    }

    private sealed class OutcomeRow
    {
        public string Status { get; init; } = "";
        public string? NotPickedUp { get; init; }
        public Guid? JoinedCaseId { get; init; }
        public long CaseCount { get; init; }
    }
}
