using System.Data.Common;
using SignalHub.Domain.Outreach;
using SignalHub.Domain.Vocabulary;

namespace SignalHub.Outreach;

public sealed partial class CaseWork
{
    /// <summary>Attempts may be entered a little ahead of the server's clock (a phone set a few minutes fast), not more.</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Records one attempt and moves the case by <see cref="CaseFlow.AfterAttempt"/>. Before the first home visit of a
    /// case not yet in contact, the actuality check runs again: when none of the match's signals is current any more
    /// (all withdrawn or replaced by their partners), the visit is refused and the case is closed with the result
    /// <see cref="Actuality"/> gives; the refusal says so.
    /// </summary>
    public Task<CaseChange> RecordAttemptAsync(Guid caseId, AttemptInput input, string actor, CancellationToken ct) =>
        OnCaseAsync(caseId, actor, async (c, t, record, now) =>
        {
            var workers = Names(input.Workers);
            if ((CaseFlow.RefuseAttempt(record.Stage, input.Kind, input.Reached) ?? RefuseInput(input, workers, record, now)) is { } refusal)
                return Refused(record, refusal);
            var attempts = await AttemptStore.ForCaseAsync(c, t, caseId, ct);
            if (input.Kind == ContactKind.HomeVisit && !record.Stage.IsReached() && !attempts.Any(a => a.Kind == ContactKind.HomeVisit)
                && await OutreachStore.ReasonsWhenNotCurrentAsync(c, t, record.MatchId, ct) is { } reasons)
                return await CloseAsNotCurrentAsync(c, t, record, reasons, now, ct);

            var local = AmsterdamTime.ToLocal(input.At.UtcDateTime);
            var dayPart = input.DayPart ?? DayParts.Of(TimeOnly.FromDateTime(local));
            var id = Guid.CreateVersion7();
            await AttemptStore.InsertAsync(c, t, id, caseId, input, dayPart, workers, actor, now, ct);
            var to = CaseFlow.AfterAttempt(record.Stage, input.Kind, input.Reached);
            if (to != record.Stage)
                await OutreachStore.SetStatusAsync(c, t, caseId, to, now, ct);
            var detail = $"{input.Kind.DutchLabel()} {local:yyyy-MM-dd HH:mm} ({dayPart.DutchLabel()}), {(input.Reached ? "bereikt" : "niet bereikt")}, door {string.Join(" en ", workers)}";
            await OutreachStore.AddEventAsync(c, t, caseId, actor, "attempt", record.Stage, to, detail, now, ct);
            return new CaseChange(caseId, to.ToCode(), null, id);
        }, ct);

    private async Task<CaseChange> CloseAsNotCurrentAsync(DbConnection c, DbTransaction t, CaseRecord record, IReadOnlyList<string?> reasons,
        DateTime now, CancellationToken ct)
    {
        var result = Actuality.ResultWhenNotCurrent(reasons);
        await CloseCaseAsync(c, t, record, new ClosingInput(result, Note: "actualiteitscheck voor het eerste huisbezoek"), "signalhub:actuality", now, ct);
        return new CaseChange(record.Id, CaseStage.Closed.ToCode(), new Refusal("signal_not_current",
            $"No home visit: none of this case's signals is current any more (withdrawn or replaced by the partner). The case was closed as {result.ToCode()}.",
            $"Geen huisbezoek: geen van de signalen van deze zaak is nog actueel (ingetrokken of vervangen door de partner). De zaak is afgesloten als '{result.DutchLabel()}'."));
    }

    private static Refusal? RefuseInput(AttemptInput input, IReadOnlyList<string> workers, CaseRecord record, DateTime now)
    {
        if (workers.Count == 0)
            return new Refusal("no_workers", "Say who made the attempt: at least one name.", "Vul in wie de poging deed: minstens één naam.");
        if (workers.Any(w => w.Length > 200))
            return new Refusal("name_too_long", "A name holds at most 200 characters.", "Een naam is hooguit 200 tekens lang.");
        if (input.Note is { Length: > MaxNote })
            return NoteTooLong();
        if (input.At.UtcDateTime > now + ClockSkew)
            return new Refusal("attempt_in_future", $"The attempt at {input.At:yyyy-MM-dd HH:mm zzz} lies in the future.",
                $"De poging op {AmsterdamTime.ToLocal(input.At.UtcDateTime):d-M-yyyy HH:mm} ligt in de toekomst.");
        if (AmsterdamTime.DateOf(input.At.UtcDateTime) < AmsterdamTime.DateOf(record.CreatedAt))
            return new Refusal("attempt_before_case",
                $"The attempt at {input.At:yyyy-MM-dd HH:mm zzz} lies before the case was made on {AmsterdamTime.DateOf(record.CreatedAt):yyyy-MM-dd}.",
                $"De poging ligt voor de dag waarop de zaak is gemaakt ({AmsterdamTime.DateOf(record.CreatedAt):d-M-yyyy}).");
        return null;
    }

    /// <summary>Trimmed, without blanks, each person once: two workers on one visit are two names, not two attempts.</summary>
    private static List<string> Names(IEnumerable<string>? names) =>
        [.. (names ?? []).Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];
}
