using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Options;
using SignalHub.Domain.Outreach;

namespace SignalHub.Outreach;

/// <summary>How many open cases a marking run looked at, and how many it found at risk, overdue, or changed.</summary>
public sealed record DeadlineRun(int Checked, int AtRisk, int Overdue, int Changed);

/// <summary>
/// Stores <see cref="CaseDeadlines.Assess"/> on open cases (<c>cases.at_risk</c>, <c>overdue</c>, <c>deadline_risks</c>) so the
/// coordinator's list can query them. Only changed cases are written; a mark that turns on leaves an event.
/// </summary>
public sealed class DeadlineMarking(IOptions<OutreachOptions> options, TimeProvider clock)
{
    public const string Actor = "signalhub:deadlines";

    private const string OpenCases = """
        SELECT k.id AS Id, k.created_at AS CreatedAt, k.due_date AS DueDate, k.at_risk AS AtRisk, k.overdue AS Overdue,
               k.deadline_risks AS Risks,
               CASE WHEN EXISTS (SELECT 1 FROM case_attempts a WHERE a.case_id = k.id AND a.kind <> 'administrative') THEN 1 ELSE 0 END AS Attempted
        FROM cases k
        WHERE k.status <> 'closed'
        """;

    /// <summary>The day the first attempt is due for a case made at <paramref name="createdAt"/> (UTC).</summary>
    public DateOnly FirstAttemptDue(DateTime createdAt) =>
        CaseDeadlines.FirstAttemptDue(AmsterdamTime.DateOf(createdAt), options.Value.FirstAttemptWorkingDays);

    /// <summary>Marks every open case, or only <paramref name="caseId"/>, as of today in Amsterdam.</summary>
    public async Task<DeadlineRun> MarkAsync(DbConnection c, DbTransaction t, Guid? caseId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = AmsterdamTime.DateOf(now);
        var sql = caseId is null ? OpenCases : OpenCases + " AND k.id = @Id";
        var cases = (await c.QueryAsync<OpenCase>(new CommandDefinition(sql, new { Id = caseId }, t, cancellationToken: ct))).ToList();
        int atRisk = 0, overdue = 0, changed = 0;
        foreach (var open in cases)
        {
            var marks = CaseDeadlines.Assess(new DeadlineFacts(FirstAttemptDue(open.CreatedAt), open.DueDate, open.Attempted == 1, Closed: false),
                today, options.Value.AtRiskDays);
            atRisk += marks.AtRisk ? 1 : 0;
            overdue += marks.Overdue ? 1 : 0;
            var risks = marks.Risks.Count == 0 ? null : string.Join(",", marks.Risks.Select(r => r.ToCode()));
            if (marks.AtRisk == open.AtRisk && marks.Overdue == open.Overdue && risks == open.Risks)
                continue;
            changed++;
            await c.ExecuteAsync(new CommandDefinition("""
                UPDATE cases SET at_risk = @AtRisk, overdue = @Overdue, deadline_risks = @Risks, deadline_marked_at = @Now WHERE id = @Id
                """, new { open.Id, marks.AtRisk, marks.Overdue, Risks = risks, Now = now }, t, cancellationToken: ct));
            if ((marks.AtRisk && !open.AtRisk) || (marks.Overdue && !open.Overdue))
                await OutreachStore.AddEventAsync(c, t, open.Id, Actor, marks.Overdue && !open.Overdue ? "overdue" : "at_risk", null, null,
                    string.Join(", ", marks.Risks.Select(r => r.DutchLabel())), now, ct);
        }
        return new DeadlineRun(cases.Count, atRisk, overdue, changed);
    }

    private sealed class OpenCase
    {
        public Guid Id { get; init; }
        public DateTime CreatedAt { get; init; }
        public DateOnly DueDate { get; init; }
        public bool AtRisk { get; init; }
        public bool Overdue { get; init; }
        public string? Risks { get; init; }
        public int Attempted { get; init; }
    }
}
