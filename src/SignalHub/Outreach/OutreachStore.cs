using System.Data.Common;
using Dapper;
using SignalHub.Domain.Outreach;
using SignalHub.Domain.Vocabulary;

namespace SignalHub.Outreach;

/// <summary>A case as the outreach work reads it before changing it.</summary>
internal sealed class CaseRecord
{
    public Guid Id { get; init; }
    public Guid MatchId { get; init; }
    public string Status { get; init; } = "";
    public string? Team { get; init; }
    public string? AssignedTo { get; init; }
    public DateOnly DueDate { get; init; }
    public DateTime CreatedAt { get; init; }

    public CaseStage Stage => CaseStages.FromCode(Status);
}

/// <summary>The statements that change a case; every change leaves a row in <c>case_events</c> saying who and when.</summary>
internal static class OutreachStore
{
    public static Task<CaseRecord?> LoadAsync(DbConnection c, DbTransaction t, Guid id, CancellationToken ct) =>
        c.QuerySingleOrDefaultAsync<CaseRecord>(new CommandDefinition("""
            SELECT id AS Id, match_id AS MatchId, status AS Status, team AS Team, assigned_to AS AssignedTo, due_date AS DueDate, created_at AS CreatedAt
            FROM cases WHERE id = @Id
            """, new { Id = id }, t, cancellationToken: ct));

    public static Task SetStatusAsync(DbConnection c, DbTransaction t, Guid id, CaseStage stage, DateTime now, CancellationToken ct) =>
        c.ExecuteAsync(new CommandDefinition("UPDATE cases SET status = @Status, updated_at = @Now WHERE id = @Id",
            new { Id = id, Status = stage.ToCode(), Now = now }, t, cancellationToken: ct));

    public static Task AssignAsync(DbConnection c, DbTransaction t, Guid id, string? team, string person, DateTime now, CancellationToken ct) =>
        c.ExecuteAsync(new CommandDefinition("UPDATE cases SET team = @Team, assigned_to = @Person, updated_at = @Now WHERE id = @Id",
            new { Id = id, Team = team, Person = person, Now = now }, t, cancellationToken: ct));

    /// <summary>Closes with a final result; a closed case is no longer at risk or overdue.</summary>
    public static Task CloseAsync(DbConnection c, DbTransaction t, Guid id, ClosingInput closing, string actor, DateTime now, CancellationToken ct) =>
        c.ExecuteAsync(new CommandDefinition("""
            UPDATE cases SET status = @Closed, result = @Result, schemes = @Schemes, help_kinds = @Help, closed_at = @Now, closed_by = @Actor,
                   at_risk = @No, overdue = @No, deadline_risks = NULL, updated_at = @Now
            WHERE id = @Id
            """, new
        {
            Id = id, Closed = CaseStage.Closed.ToCode(), Result = closing.Result.ToCode(), Schemes = Codes(closing.Schemes?.Select(s => s.ToCode())),
            Help = Codes(closing.Help?.Select(h => h.ToCode())), Now = now, Actor = actor, No = false,
        }, t, cancellationToken: ct));

    public static Task AddEventAsync(DbConnection c, DbTransaction t, Guid caseId, string actor, string kind, CaseStage? from, CaseStage? to,
        string? detail, DateTime now, CancellationToken ct) =>
        c.ExecuteAsync(new CommandDefinition("""
            INSERT INTO case_events (id, case_id, at, actor, event, from_status, to_status, detail)
            VALUES (@Id, @CaseId, @At, @Actor, @Event, @From, @To, @Detail)
            """, new
        {
            Id = Guid.CreateVersion7(), CaseId = caseId, At = now, Actor = Clip(actor, 200), Event = kind,
            From = from?.ToCode(), To = to?.ToCode(), Detail = detail is null ? null : Clip(detail, 1000),
        }, t, cancellationToken: ct));

    /// <summary>
    /// When none of the match's signals is current any more, the reasons its withdrawn signals were withdrawn with
    /// (a replaced signal's reason says only that a newer one came); null while one is still current.
    /// </summary>
    public static async Task<IReadOnlyList<string?>?> ReasonsWhenNotCurrentAsync(DbConnection c, DbTransaction t, Guid matchId, CancellationToken ct)
    {
        var signals = (await c.QueryAsync<SignalState>(new CommandDefinition(
            "SELECT status AS Status, status_reason AS Reason FROM signals WHERE match_id = @Id", new { Id = matchId }, t, cancellationToken: ct))).ToList();
        return signals.Exists(s => s.Status == SignalStanding.Current.ToCode()) ? null
            : [.. signals.Where(s => s.Status == SignalStanding.Withdrawn.ToCode()).Select(s => s.Reason)];
    }

    public static Task PlanFollowUpsAsync(DbConnection c, DbTransaction t, Guid caseId, IEnumerable<FollowUpPlan> plan, DateTime now, CancellationToken ct) =>
        c.ExecuteAsync(new CommandDefinition("""
            INSERT INTO case_followups (id, case_id, months, due_on, planned_at, done_at, done_by, note)
            SELECT @Id, @CaseId, @Months, @DueOn, @Now, NULL, NULL, NULL
            WHERE NOT EXISTS (SELECT 1 FROM case_followups f WHERE f.case_id = @CaseId AND f.months = @Months)
            """, plan.Select(p => new { Id = Guid.CreateVersion7(), CaseId = caseId, p.Months, p.DueOn, Now = now }), t, cancellationToken: ct));

    private static string? Codes(IEnumerable<string>? codes) => codes is null ? null : string.Join(",", codes.Distinct()) is { Length: > 0 } joined ? joined : null;

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..length];

    private sealed class SignalState
    {
        public string Status { get; init; } = "";
        public string? Reason { get; init; }
    }
}
