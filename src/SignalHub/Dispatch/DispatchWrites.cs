using System.Data.Common;
using SignalHub.Domain.Outreach;
using SignalHub.Domain.Routing;
using SignalHub.Storage;
using SignalHub.Storage.Dialects;

namespace SignalHub.Dispatch;

/// <summary>
/// The writes of one dispatch run, gathered in memory and written in bulk at the end: cases, their SDV hits,
/// the decision log, then the matches' dispatch state. Same rows as <see cref="RoutingWrites"/> writes one by one.
/// </summary>
internal sealed class DispatchWrites(DateTime now)
{
    private static readonly BulkTable CaseTable = new("cases",
        ["id", "match_id", "period", "route", "team", "assigned_to", "status", "route_reason", "decided_by", "due_date", "created_at", "updated_at"]);
    private static readonly BulkTable HitTable = new("sdv_hits",
        ["id", "case_id", "case_reference", "caseworker", "likelihood", "reason", "status", "created_at"]);
    private static readonly BulkTable DecisionTable = new("routing_decisions",
        ["id", "match_id", "case_id", "kind", "route", "team", "assigned_to", "decided_by", "reason", "result", "decided_at"]);

    private readonly List<object?[]> _cases = [];
    private readonly List<object?[]> _hits = [];
    private readonly List<object?[]> _decisions = [];
    private readonly List<(MatchState State, Guid Id)> _matches = [];

    public void InsertCase(Guid caseId, ReadyMatch match, RoutingDecision decision, DateOnly due) =>
        _cases.Add([caseId, match.Id, match.Period, decision.Route.ToCode(), decision.Team, decision.AssignTo,
            decision.AssignTo is null ? CaseStage.New.ToCode() : CaseStage.Assigned.ToCode(), RoutingWrites.Fit(decision.Reason), RoutingDecisionKind.Automatic,
            due, now, now]);

    public void InsertHit(Guid caseId, SdvHit hit) =>
        _hits.Add([Guid.CreateVersion7(), caseId, hit.CaseReference, hit.Caseworker, hit.Likelihood.ToString().ToLowerInvariant(),
            RoutingWrites.Fit(hit.Why), HitStatus.Open, now]);

    public void Record(DecisionRecord d) =>
        _decisions.Add([Guid.CreateVersion7(), d.MatchId, d.CaseId, d.Kind, d.Route, d.Team, d.AssignedTo, d.DecidedBy,
            RoutingWrites.Fit(d.Reason), d.Result, d.At]);

    public void UpdateMatch(Guid matchId, string status, string? notPickedUp, Guid? joinedCaseId) =>
        _matches.Add((new MatchState(status, notPickedUp, joinedCaseId), matchId));

    /// <summary>Cases before what points to them: hits and decisions.</summary>
    public async Task SaveAsync(DbConnection c, DbTransaction t, ISqlDialect dialect, CancellationToken ct)
    {
        if (_cases.Count > 0)
            await dialect.BulkInsertAsync(c, t, CaseTable, _cases, ct);
        if (_hits.Count > 0)
            await dialect.BulkInsertAsync(c, t, HitTable, _hits, ct);
        if (_decisions.Count > 0)
            await dialect.BulkInsertAsync(c, t, DecisionTable, _decisions, ct);
        // Most matches of a run end in the same state: one statement per state and slice, not one per match.
        foreach (var group in _matches.GroupBy(m => m.State))
            await ListQuery.ExecuteAsync(c, t, $"""
                UPDATE matches SET status = @Status, not_picked_up = @NotPickedUp, joined_case_id = @JoinedCaseId, updated_at = @Now
                WHERE {dialect.InList("id", "Keys")}
                """, group.Select(m => m.Id), slice => dialect.IdList(slice),
                new { group.Key.Status, group.Key.NotPickedUp, group.Key.JoinedCaseId, Now = now }, ct);
    }

    private sealed record MatchState(string Status, string? NotPickedUp, Guid? JoinedCaseId);
}
