using System.Data.Common;
using Microsoft.Extensions.Options;
using SignalHub.Domain.Outreach;
using SignalHub.Domain.Vocabulary;
using SignalHub.Storage;

namespace SignalHub.Outreach;

/// <summary>
/// What outreach workers do to a case, for the portal and the command line: record attempts, move the status,
/// close with a result, hand over. Each call is one transaction under the case's lock; the decisions are the
/// domain's (<see cref="CaseFlow"/>, <see cref="OutreachRule"/>, <see cref="CaseClosing"/>), and every change
/// leaves an event with who (<c>actor</c>) and when.
/// </summary>
public sealed partial class CaseWork(Database database, DeadlineMarking marking, IOptions<OutreachOptions> options, TimeProvider clock,
    ILogger<CaseWork> logger)
{
    public Task<CaseChange> ChangeStatusAsync(Guid caseId, CaseStage to, string actor, CancellationToken ct) =>
        OnCaseAsync(caseId, actor, async (c, t, record, now) =>
        {
            var from = record.Stage;
            if (CaseFlow.RefuseMove(from, to) is { } refusal)
                return Refused(record, refusal);
            await OutreachStore.SetStatusAsync(c, t, caseId, to, now, ct);
            await OutreachStore.AddEventAsync(c, t, caseId, actor, "status", from, to, null, now, ct);
            if (to == CaseStage.HelpAccepted)
                await PlanAftercareAsync(c, t, caseId, actor, now, ct);
            return new CaseChange(caseId, to.ToCode(), null);
        }, ct);

    public Task<CaseChange> CloseAsync(Guid caseId, ClosingInput closing, string actor, CancellationToken ct) =>
        OnCaseAsync(caseId, actor, async (c, t, record, now) =>
        {
            if (closing.Note is { Length: > MaxNote })
                return Refused(record, NoteTooLong());
            var attempts = await AttemptStore.ForCaseAsync(c, t, caseId, ct);
            var progress = OutreachRule.Evaluate(attempts.Select(a => a.ToFact()), options.Value.Requirement);
            var facts = new ClosingFacts(record.Stage, closing.Result, progress, closing.Schemes?.Count ?? 0, closing.Help?.Count ?? 0);
            if (CaseClosing.Refuse(facts) is { } refusal)
                return Refused(record, refusal);
            await CloseCaseAsync(c, t, record, closing, actor, now, ct);
            return new CaseChange(caseId, CaseStage.Closed.ToCode(), null);
        }, ct);

    private async Task CloseCaseAsync(DbConnection c, DbTransaction t, CaseRecord record, ClosingInput closing, string actor, DateTime now,
        CancellationToken ct)
    {
        await OutreachStore.CloseAsync(c, t, record.Id, closing, actor, now, ct);
        var detail = string.Join("; ", new[]
        {
            closing.Result.DutchLabel(),
            closing.Schemes is { Count: > 0 } schemes ? "regelingen: " + string.Join(", ", schemes.Select(s => s.DutchLabel())) : null,
            closing.Help is { Count: > 0 } help ? "hulp: " + string.Join(", ", help.Select(h => h.DutchLabel())) : null,
            closing.Note,
        }.OfType<string>());
        await OutreachStore.AddEventAsync(c, t, record.Id, actor, "closed", record.Stage, CaseStage.Closed, detail, now, ct);
        logger.LogInformation("Case {CaseId} closed as {Result}", record.Id, closing.Result.ToCode());
    }

    /// <summary>Loads and locks the case, runs <paramref name="work"/>, then refreshes its deadline marks, all in one transaction.</summary>
    private Task<CaseChange> OnCaseAsync(Guid caseId, string actor, Func<DbConnection, DbTransaction, CaseRecord, DateTime, Task<CaseChange>> work,
        CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return database.InTransactionAsync(async (c, t) =>
        {
            await database.Dialect.LockAsync(c, t, $"case:{caseId}", ct);
            var record = await OutreachStore.LoadAsync(c, t, caseId, ct);
            if (record is null)
                return CaseChange.NotFound(caseId);
            var change = await work(c, t, record, clock.GetUtcNow().UtcDateTime);
            await marking.MarkAsync(c, t, caseId, ct);
            return change;
        }, ct);
    }

    private static CaseChange Refused(CaseRecord record, Refusal refusal) => new(record.Id, record.Status, refusal);

    private const int MaxNote = 1000;

    private static Refusal NoteTooLong() =>
        new("note_too_long", $"A note holds at most {MaxNote} characters.", $"Een notitie is hooguit {MaxNote} tekens lang.");
}
