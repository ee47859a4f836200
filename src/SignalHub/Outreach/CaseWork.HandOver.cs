using System.Data.Common;
using Dapper;
using SignalHub.Domain.Outreach;

namespace SignalHub.Outreach;

public sealed partial class CaseWork
{
    /// <summary>
    /// Offers the case to a named person (of another team, or the same). The case stays with the sender, visible
    /// in the sender's list, until the receiver accepts; one offer at a time.
    /// </summary>
    public Task<CaseChange> HandOverAsync(Guid caseId, HandOverInput handOver, string sender, CancellationToken ct) =>
        OnCaseAsync(caseId, sender, async (c, t, record, now) =>
        {
            var receiver = handOver.Receiver?.Trim() ?? "";
            if (record.Stage == CaseStage.Closed)
                return Refused(record, CaseFlow.ClosedRefusal());
            if (receiver.Length is 0 or > 200 || handOver.ReceiverTeam is { Length: > 100 })
                return Refused(record, new Refusal("no_receiver", "A warm hand-over goes to a named person (at most 200 characters; a team at most 100).",
                    "Een warme overdracht gaat naar een persoon met naam (hooguit 200 tekens; een team hooguit 100)."));
            if (handOver.Note is { Length: > MaxNote })
                return Refused(record, NoteTooLong());
            if (await PendingAsync(c, t, caseId, ct) is { } pending)
                return Refused(record, new Refusal("handover_pending",
                    $"The case is already offered to {pending.Receiver}; that hand-over must be accepted first.",
                    $"De zaak is al aangeboden aan {pending.Receiver}; die overdracht moet eerst worden geaccepteerd."));
            await c.ExecuteAsync(new CommandDefinition("""
                INSERT INTO case_handovers (id, case_id, sender, sender_team, receiver, receiver_team, note, offered_at, accepted_at)
                VALUES (@Id, @CaseId, @Sender, @SenderTeam, @Receiver, @ReceiverTeam, @Note, @Now, NULL)
                """, new
            {
                Id = Guid.CreateVersion7(), CaseId = caseId, Sender = sender.Trim(), SenderTeam = record.Team, Receiver = receiver,
                ReceiverTeam = handOver.ReceiverTeam?.Trim() is { Length: > 0 } team ? team : null, handOver.Note, Now = now,
            }, t, cancellationToken: ct));
            await OutreachStore.AddEventAsync(c, t, caseId, sender, "handover_offered", null, null,
                $"aangeboden aan {receiver}{(handOver.ReceiverTeam is { Length: > 0 } to ? $" ({to})" : "")}", now, ct);
            return new CaseChange(caseId, record.Status, null);
        }, ct);

    /// <summary>The named receiver accepts: the case moves to the receiver (and the receiver's team, when one was named).</summary>
    public Task<CaseChange> AcceptHandOverAsync(Guid caseId, string receiver, CancellationToken ct) =>
        OnCaseAsync(caseId, receiver, async (c, t, record, now) =>
        {
            if (record.Stage == CaseStage.Closed)
                return Refused(record, CaseFlow.ClosedRefusal());
            var pending = await PendingAsync(c, t, caseId, ct);
            if (pending is null)
                return Refused(record, new Refusal("handover_not_offered", "The case is not offered to anyone.", "De zaak is aan niemand aangeboden."));
            if (!string.Equals(pending.Receiver, receiver.Trim(), StringComparison.OrdinalIgnoreCase))
                return Refused(record, new Refusal("handover_other_receiver", $"The case is offered to {pending.Receiver}, not to {receiver.Trim()}.",
                    $"De zaak is aangeboden aan {pending.Receiver}, niet aan {receiver.Trim()}."));
            await c.ExecuteAsync(new CommandDefinition("UPDATE case_handovers SET accepted_at = @Now WHERE id = @Id",
                new { pending.Id, Now = now }, t, cancellationToken: ct));
            await OutreachStore.AssignAsync(c, t, caseId, pending.ReceiverTeam ?? record.Team, pending.Receiver, now, ct);
            var to = record.Stage == CaseStage.New ? CaseStage.Assigned : record.Stage;
            if (to != record.Stage)
                await OutreachStore.SetStatusAsync(c, t, caseId, to, now, ct);
            await OutreachStore.AddEventAsync(c, t, caseId, pending.Receiver, "handover_accepted", record.Stage, to,
                $"overgenomen van {pending.Sender}", now, ct);
            return new CaseChange(caseId, to.ToCode(), null);
        }, ct);

    private static Task<PendingHandOver?> PendingAsync(DbConnection c, DbTransaction t, Guid caseId, CancellationToken ct) =>
        c.QueryFirstOrDefaultAsync<PendingHandOver>(new CommandDefinition("""
            SELECT id AS Id, sender AS Sender, receiver AS Receiver, receiver_team AS ReceiverTeam
            FROM case_handovers WHERE case_id = @CaseId AND accepted_at IS NULL
            ORDER BY offered_at DESC
            """, new { CaseId = caseId }, t, cancellationToken: ct));

    private sealed class PendingHandOver
    {
        public Guid Id { get; init; }
        public string Sender { get; init; } = "";
        public string Receiver { get; init; } = "";
        public string? ReceiverTeam { get; init; }
    }
}
