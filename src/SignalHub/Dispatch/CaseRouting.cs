using System.Data.Common;
using Dapper;
using SignalHub.Domain.Outreach;
using SignalHub.Domain.Routing;
using SignalHub.Registers;
using SignalHub.Storage;
using Route = SignalHub.Domain.Routing.Route;

namespace SignalHub.Dispatch;

public enum RoutingChangeOutcome
{
    Done,
    CaseNotFound,

    /// <summary>A closed case keeps its route: its history is what reports count.</summary>
    CaseClosed,
}

/// <summary>What a confirmation, rejection or reassignment did; <see cref="Decision"/> is the recorded decision when done.</summary>
public sealed record RoutingChange(RoutingChangeOutcome Outcome, RoutingDecisionView? Decision);

/// <summary>
/// People change where a case goes, and every change is recorded in <c>routing_decisions</c> with who, when and why:
/// SDV confirms a hit in triage (the case moves to route <c>sdv</c>, to the client's caseworker when known) or
/// rejects it (the case is routed as not known: budget coach for a recidivist, else the area's wijkteam or the
/// coordinator); a coordinator reassigns a case to any route with a reason.
/// </summary>
public sealed class CaseRouting(Database database, RoutingDecisionQuery decisions, TimeProvider clock, ILogger<CaseRouting> logger)
{
    public Task<RoutingChange> ConfirmKnownClientAsync(Guid caseId, string by, CancellationToken ct) =>
        ChangeAsync(caseId, by, "", RoutingDecisionKind.ConfirmKnownClient, HitStatus.Confirmed, (_, _, k) => Task.FromResult(new Target(
            Route.Sdv, Router.SdvTeam, k.HitCaseworker,
            k.HitReference is null ? "SDV bevestigt: bekend bij SDV" : $"SDV bevestigt: bekend bij SDV (dossier {k.HitReference})")), ct);

    public Task<RoutingChange> RejectKnownClientAsync(Guid caseId, string by, string reason, CancellationToken ct) =>
        ChangeAsync(caseId, by, reason, RoutingDecisionKind.RejectKnownClient, HitStatus.Rejected, async (c, t, k) =>
        {
            var decision = Router.RouteAsNotKnown(new RoutingFacts(null, k.RecidivistOf, await MatchFacts.AreaTeamAsync(c, t, k.Postcode, ct)));
            return new Target(decision.Route, decision.Team, null, $"SDV: niet bekend bij SDV ({reason.Trim()}); {decision.Reason}");
        }, ct);

    public Task<RoutingChange> ReassignAsync(Guid caseId, Route route, string? team, string by, string reason, CancellationToken ct)
    {
        var assigned = Router.TeamOnReassign(route, team) ?? throw new ArgumentException("a wijkteam route needs the team", nameof(team));
        if (assigned.Length > AreasRegister.TeamMaxLength)
            throw new ArgumentException($"team must be at most {AreasRegister.TeamMaxLength} characters", nameof(team));
        return ChangeAsync(caseId, by, reason, RoutingDecisionKind.Reassign, null,
            (_, _, _) => Task.FromResult(new Target(route, assigned, null, $"toegewezen door {by.Trim()}: {reason.Trim()}")), ct);
    }

    private async Task<RoutingChange> ChangeAsync(Guid caseId, string by, string reason, string kind, string? hitStatus,
        Func<DbConnection, DbTransaction, CaseRow, Task<Target>> decide, CancellationToken ct)
    {
        Require(by, nameof(by), RoutingWrites.ByMaxLength);
        if (kind != RoutingDecisionKind.ConfirmKnownClient)
            Require(reason, nameof(reason), RoutingWrites.ReasonMaxLength);
        var (outcome, decisionId) = await database.InTransactionAsync(async (c, t) =>
        {
            await database.Dialect.LockAsync(c, t, $"case:{caseId}", ct);
            var k = await c.QuerySingleOrDefaultAsync<CaseRow>(new CommandDefinition("""
                SELECT k.id AS Id, k.match_id AS MatchId, k.status AS Status, m.postcode AS Postcode, m.recidivist_of AS RecidivistOf,
                       h.case_reference AS HitReference, h.caseworker AS HitCaseworker
                FROM cases k JOIN matches m ON m.id = k.match_id LEFT JOIN sdv_hits h ON h.case_id = k.id
                WHERE k.id = @Id
                """, new { Id = caseId }, t, cancellationToken: ct));
            if (k is null)
                return (RoutingChangeOutcome.CaseNotFound, (Guid?)null);
            if (k.Status == CaseStage.Closed.ToCode())
                return (RoutingChangeOutcome.CaseClosed, null);
            var target = await decide(c, t, k);
            var now = clock.GetUtcNow().UtcDateTime;
            await RoutingWrites.RerouteCaseAsync(c, t, k.Id, target.Route.ToCode(), target.Team, target.AssignTo, target.Reason, by.Trim(), now, ct);
            if (hitStatus is not null)
                await c.ExecuteAsync(new CommandDefinition(
                    "UPDATE sdv_hits SET status = @Status, decided_by = @By, decided_at = @Now WHERE case_id = @Id",
                    new { Id = k.Id, Status = hitStatus, By = by.Trim(), Now = now }, t, cancellationToken: ct));
            var id = await RoutingWrites.RecordAsync(c, t, new(k.MatchId, k.Id, kind, target.Route.ToCode(), target.Team, target.AssignTo,
                by.Trim(), target.Reason, null, now), ct);
            return (RoutingChangeOutcome.Done, (Guid?)id);
        }, ct);
        if (decisionId is null)
            return new RoutingChange(outcome, null);
        logger.LogInformation("Case {CaseId}: routing decision {Kind}", caseId, kind);
        return new RoutingChange(outcome, await decisions.FindAsync(decisionId.Value, ct));
    }

    private static void Require(string value, string name, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Trim().Length > maxLength)
            throw new ArgumentException($"{name} must be given, at most {maxLength} characters", name);
    }

    private sealed record Target(Route Route, string? Team, string? AssignTo, string Reason);

    private sealed class CaseRow
    {
        public Guid Id { get; init; }
        public Guid MatchId { get; init; }
        public string Status { get; init; } = "";
        public string Postcode { get; init; } = "";
        public Guid? RecidivistOf { get; init; }
        public string? HitReference { get; init; }
        public string? HitCaseworker { get; init; }
    }
}
