using System.Data.Common;
using Dapper;
using SignalHub.Domain.Outreach;
using SignalHub.Domain.Routing;

namespace SignalHub.Dispatch;

/// <summary>One row of <c>routing_decisions</c>: who or what decided where a match or case goes, when and why.</summary>
internal sealed record DecisionRecord(Guid MatchId, Guid? CaseId, string Kind, string Route, string? Team, string? AssignedTo,
    string DecidedBy, string Reason, string? Result, DateTime At);

/// <summary>The statements that route: cases, their SDV hit, the decision log and the match's dispatch state.</summary>
internal static class RoutingWrites
{
    public const int ReasonMaxLength = 400;
    public const int ByMaxLength = 200;

    public static Task InsertCaseAsync(DbConnection c, DbTransaction t, Guid caseId, ReadyMatch match, RoutingDecision decision,
        DateOnly due, DateTime now, CancellationToken ct) =>
        c.ExecuteAsync(new CommandDefinition("""
            INSERT INTO cases (id, match_id, period, route, team, assigned_to, status, route_reason, decided_by, due_date, created_at, updated_at)
            VALUES (@Id, @MatchId, @Period, @Route, @Team, @AssignTo, @Status, @Reason, @DecidedBy, @Due, @Now, @Now)
            """, new
        {
            Id = caseId, MatchId = match.Id, match.Period, Route = decision.Route.ToCode(), decision.Team, decision.AssignTo,
            Status = decision.AssignTo is null ? CaseStage.New.ToCode() : CaseStage.Assigned.ToCode(), Reason = Fit(decision.Reason),
            DecidedBy = RoutingDecisionKind.Automatic, Due = due, Now = now,
        }, t, cancellationToken: ct));

    public static Task InsertHitAsync(DbConnection c, DbTransaction t, Guid caseId, SdvHit hit, DateTime now, CancellationToken ct) =>
        c.ExecuteAsync(new CommandDefinition("""
            INSERT INTO sdv_hits (id, case_id, case_reference, caseworker, likelihood, reason, status, created_at)
            VALUES (@Id, @CaseId, @CaseReference, @Caseworker, @Likelihood, @Reason, @Status, @Now)
            """, new
        {
            Id = Guid.CreateVersion7(), CaseId = caseId, hit.CaseReference, hit.Caseworker, Likelihood = hit.Likelihood.ToString().ToLowerInvariant(),
            Reason = Fit(hit.Why), Status = HitStatus.Open, Now = now,
        }, t, cancellationToken: ct));

    public static Task UpdateMatchAsync(DbConnection c, DbTransaction t, Guid matchId, string status, string? notPickedUp, Guid? joinedCaseId,
        DateTime now, CancellationToken ct) =>
        c.ExecuteAsync(new CommandDefinition("""
            UPDATE matches SET status = @Status, not_picked_up = @NotPickedUp, joined_case_id = @JoinedCaseId, updated_at = @Now WHERE id = @Id
            """, new { Id = matchId, Status = status, NotPickedUp = notPickedUp, JoinedCaseId = joinedCaseId, Now = now }, t, cancellationToken: ct));

    /// <summary>Moves a case to another route; its status goes back to new or assigned only while nobody has acted on it yet.</summary>
    public static Task RerouteCaseAsync(DbConnection c, DbTransaction t, Guid caseId, string route, string? team, string? assignTo,
        string reason, string by, DateTime now, CancellationToken ct) =>
        c.ExecuteAsync(new CommandDefinition("""
            UPDATE cases SET route = @Route, team = @Team, assigned_to = @AssignTo, route_reason = @Reason, decided_by = @By, updated_at = @Now,
                   status = CASE WHEN status IN (@New, @Assigned) THEN @Fresh ELSE status END
            WHERE id = @Id
            """, new
        {
            Id = caseId, Route = route, Team = team, AssignTo = assignTo, Reason = Fit(reason), By = by, Now = now,
            New = CaseStage.New.ToCode(), Assigned = CaseStage.Assigned.ToCode(), Fresh = assignTo is null ? CaseStage.New.ToCode() : CaseStage.Assigned.ToCode(),
        }, t, cancellationToken: ct));

    /// <summary>Reasons are free text from rules and people; the column holds 400 characters.</summary>
    public static string Fit(string reason) => reason.Length <= ReasonMaxLength ? reason : reason[..(ReasonMaxLength - 1)] + "…";

    public static async Task<Guid> RecordAsync(DbConnection c, DbTransaction t, DecisionRecord d, CancellationToken ct)
    {
        var id = Guid.CreateVersion7();
        await c.ExecuteAsync(new CommandDefinition("""
            INSERT INTO routing_decisions (id, match_id, case_id, kind, route, team, assigned_to, decided_by, reason, result, decided_at)
            VALUES (@Id, @MatchId, @CaseId, @Kind, @Route, @Team, @AssignedTo, @DecidedBy, @Reason, @Result, @At)
            """, new
        {
            Id = id, d.MatchId, d.CaseId, d.Kind, d.Route, d.Team, d.AssignedTo, d.DecidedBy, Reason = Fit(d.Reason), d.Result, d.At,
        }, t, cancellationToken: ct));
        return id;
    }
}
