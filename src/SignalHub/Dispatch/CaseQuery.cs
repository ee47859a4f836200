using Dapper;
using SignalHub.Domain.Outreach;
using SignalHub.Domain.Routing;
using SignalHub.Domain.Values;
using SignalHub.Outreach;
using SignalHub.Storage;
using Route = SignalHub.Domain.Routing.Route;

namespace SignalHub.Dispatch;

/// <summary>
/// A case as <c>signalhub cases --json</c> and the portal read it. Field names are a contract. <c>attempts</c> are
/// in the standard's words; <c>atRisk</c> and <c>overdue</c> are the marks of the daily deadline job.
/// </summary>
/// <param name="KnownClient">The SDV hit the case was made with, likely or only possible, and whether SDV confirmed or rejected it.</param>
/// <param name="Earlier">For a recidivist: the earlier match and where its case went (its outcome, once outreach records one).</param>
public sealed record CaseView(Guid Id, Guid MatchId, string Period, string Route, string? Team, string? AssignedTo, string Status,
    string RouteReason, string DecidedBy, DateOnly DueDate, DateTime CreatedAt, IReadOnlyList<AttemptView> Attempts,
    DateOnly FirstAttemptDue, bool AtRisk, bool Overdue, string? Result,
    KnownClientHitView? KnownClient = null, EarlierMatchView? Earlier = null);

/// <param name="Likelihood"><c>likely</c> or <c>possible</c>.</param>
/// <param name="Status"><c>open</c>, <c>confirmed</c> or <c>rejected</c> by SDV.</param>
public sealed record KnownClientHitView(string CaseReference, string? Caseworker, string Likelihood, string Why, string Status,
    string? DecidedBy, DateTime? DecidedAt);

/// <summary>The earlier match of a recidivist and its case (own, or the open case it joined), if it had one.</summary>
public sealed record EarlierMatchView(Guid MatchId, string Period, string MatchStatus, Guid? CaseId, string? CaseRoute, string? CaseStatus);

public sealed class CaseQuery(Database database, DeadlineMarking deadlines)
{
    private const string Select = """
        SELECT k.id AS Id, k.match_id AS MatchId, k.period AS Period, k.route AS Route, k.team AS Team, k.assigned_to AS AssignedTo,
               k.status AS Status, k.route_reason AS RouteReason, k.decided_by AS DecidedBy, k.due_date AS DueDate, k.created_at AS CreatedAt,
               k.at_risk AS AtRisk, k.overdue AS Overdue, k.result AS Result,
               h.case_reference AS HitReference, h.caseworker AS HitCaseworker, h.likelihood AS HitLikelihood, h.reason AS HitWhy,
               h.status AS HitStatus, h.decided_by AS HitDecidedBy, h.decided_at AS HitDecidedAt,
               e.id AS EarlierId, e.period AS EarlierPeriod, e.status AS EarlierMatchStatus, ek.id AS EarlierCaseId, ek.route AS EarlierRoute,
               ek.status AS EarlierStatus
        FROM cases k JOIN matches m ON m.id = k.match_id
        LEFT JOIN sdv_hits h ON h.case_id = k.id
        LEFT JOIN matches e ON e.id = m.recidivist_of
        LEFT JOIN cases ek ON ek.match_id = e.id OR ek.id = e.joined_case_id
        """;

    public Task<IReadOnlyList<CaseView>> ListAsync(Period period, CancellationToken ct) =>
        QueryAsync(" WHERE k.period = @Period ORDER BY m.priority_score DESC, k.due_date, k.id", new { Period = period.ToString() }, ct);

    /// <summary>The period's open cases that are over their deadline or at risk of it: the dashboard's list.</summary>
    public Task<IReadOnlyList<CaseView>> NeedingAttentionAsync(Period period, CancellationToken ct) =>
        QueryAsync(" WHERE k.period = @Period AND k.status <> @Closed AND (k.overdue = @Yes OR k.at_risk = @Yes) ORDER BY k.due_date, m.priority_score DESC, k.id",
            new { Period = period.ToString(), Closed = CaseStage.Closed.ToCode(), Yes = true }, ct);

    /// <summary>How many cases wait in <see cref="CoordinatorQueueAsync"/>, counted in SQL.</summary>
    public Task<long> CoordinatorQueueCountAsync(CancellationToken ct) =>
        database.ReadAsync(c => c.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM cases k WHERE k.route = @Route AND k.status <> @Closed",
            new { Route = Route.Coordinator.ToCode(), Closed = CaseStage.Closed.ToCode() }, cancellationToken: ct)), ct);

    public async Task<CaseView?> FindAsync(Guid id, CancellationToken ct) =>
        (await QueryAsync(" WHERE k.id = @Id", new { Id = id }, ct)).SingleOrDefault();

    /// <summary>
    /// The coordinator's queue: every case not closed on route <c>coordinator</c> (no team covers its address, or
    /// someone put it there), of every period, the earliest deadline first.
    /// </summary>
    public Task<IReadOnlyList<CaseView>> CoordinatorQueueAsync(CancellationToken ct) =>
        QueryAsync(" WHERE k.route = @Route AND k.status <> @Closed ORDER BY k.due_date, m.priority_score DESC, k.id",
            new { Route = Route.Coordinator.ToCode(), Closed = CaseStage.Closed.ToCode() }, ct);

    private Task<IReadOnlyList<CaseView>> QueryAsync(string where, object args, CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<CaseView>>(async c =>
        {
            var rows = (await c.QueryAsync<CaseRow>(new CommandDefinition(Select + where, args, cancellationToken: ct))).ToList();
            var attempts = new Dictionary<string, ILookup<Guid, StoredAttempt>>();
            foreach (var period in rows.Select(r => r.Period).Distinct())
                attempts[period] = await AttemptStore.ForPeriodAsync(c, period, ct);
            return [.. rows.Select(r => r.ToView([.. attempts[r.Period][r.Id].Select(a => a.ToView())], deadlines.FirstAttemptDue(r.CreatedAt)))];
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
        public string? HitReference { get; init; }
        public string? HitCaseworker { get; init; }
        public string? HitLikelihood { get; init; }
        public string? HitWhy { get; init; }
        public string? HitStatus { get; init; }
        public string? HitDecidedBy { get; init; }
        public DateTime? HitDecidedAt { get; init; }
        public Guid? EarlierId { get; init; }
        public string? EarlierPeriod { get; init; }
        public string? EarlierMatchStatus { get; init; }
        public Guid? EarlierCaseId { get; init; }
        public string? EarlierRoute { get; init; }
        public string? EarlierStatus { get; init; }

        public CaseView ToView(IReadOnlyList<AttemptView> attempts, DateOnly firstAttemptDue) => new(Id, MatchId, Period, Route, Team, AssignedTo,
            Status, RouteReason, DecidedBy, DueDate, CreatedAt, attempts, firstAttemptDue, AtRisk, Overdue, Result,
            HitReference is null ? null : new KnownClientHitView(HitReference, HitCaseworker, HitLikelihood!, HitWhy!, HitStatus!, HitDecidedBy, HitDecidedAt),
            EarlierId is not { } earlier ? null : new EarlierMatchView(earlier, EarlierPeriod!, EarlierMatchStatus!, EarlierCaseId, EarlierRoute, EarlierStatus));
    }
}
