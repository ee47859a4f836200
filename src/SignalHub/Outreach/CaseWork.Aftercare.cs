using System.Data.Common;
using System.Globalization;
using Dapper;
using SignalHub.Domain.Outreach;

namespace SignalHub.Outreach;

public sealed partial class CaseWork
{
    /// <summary>The budget coach did an aftercare check; a check already done stays as it was.</summary>
    public async Task<CaseChange> RecordFollowUpAsync(Guid followUpId, string actor, string? note, CancellationToken ct)
    {
        var caseId = await database.ReadAsync(c => c.QuerySingleOrDefaultAsync<FollowUpCase>(new CommandDefinition(
            "SELECT case_id AS CaseId FROM case_followups WHERE id = @Id", new { Id = followUpId }, cancellationToken: ct)), ct);
        if (caseId is null)
            return new CaseChange(followUpId, null, new Refusal("not_found", $"There is no follow-up {followUpId}.", $"Nazorgmoment {followUpId} bestaat niet."));
        return await OnCaseAsync(caseId.CaseId, actor, async (c, t, record, now) =>
        {
            if (note is { Length: > MaxNote })
                return Refused(record, NoteTooLong());
            var done = await c.ExecuteAsync(new CommandDefinition(
                "UPDATE case_followups SET done_at = @Now, done_by = @Actor, note = @Note WHERE id = @Id AND done_at IS NULL",
                new { Id = followUpId, Now = now, Actor = actor, Note = note }, t, cancellationToken: ct));
            if (done == 0)
                return Refused(record, new Refusal("followup_done", "This follow-up was already done.", "Dit nazorgmoment is al gedaan."));
            await OutreachStore.AddEventAsync(c, t, record.Id, actor, "followup_done", null, null, note ?? "nazorg gedaan", now, ct);
            return new CaseChange(record.Id, record.Status, null);
        }, ct);
    }

    /// <summary>Help has started: the aftercare checks are planned from today, once per configured month.</summary>
    private async Task PlanAftercareAsync(DbConnection c, DbTransaction t, Guid caseId, string actor, DateTime now, CancellationToken ct)
    {
        var plan = Aftercare.Plan(AmsterdamTime.DateOf(now), options.Value.FollowUpMonths);
        await OutreachStore.PlanFollowUpsAsync(c, t, caseId, plan, now, ct);
        if (plan.Count > 0)
            await OutreachStore.AddEventAsync(c, t, caseId, actor, "aftercare_planned", null, null,
                "nazorg op " + string.Join(", ", plan.Select(p => p.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))), now, ct);
    }

    private sealed class FollowUpCase
    {
        public Guid CaseId { get; init; }
    }
}
