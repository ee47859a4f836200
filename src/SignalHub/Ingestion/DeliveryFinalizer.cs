using System.Data.Common;
using Dapper;
using SignalHub.Domain.Vocabulary;
using SignalHub.Messaging.Contracts;
using SignalHub.Messaging.Outbox;
using SignalHub.Storage;
using SignalHub.Storage.Dialects;

namespace SignalHub.Ingestion;

/// <summary>
/// Completes a delivery. A partner's newest complete delivery for a period is the truth for that period:
/// older signals whose reference it repeats are replaced, the others withdrawn. A delivery that completes
/// after a newer one did is itself superseded at once.
/// </summary>
internal static class DeliveryFinalizer
{
    public static async Task FinalizeAsync(DbConnection c, DbTransaction t, ISqlDialect dialect, Guid deliveryId, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var delivery = await c.QuerySingleAsync<DeliveryKey>(new CommandDefinition(
            "SELECT partner_id AS PartnerId, period AS Period, received_at AS ReceivedAt FROM deliveries WHERE id = @Id",
            new { Id = deliveryId }, t, cancellationToken: ct));
        await dialect.LockAsync(c, t, $"deliveries:{delivery.PartnerId}:{delivery.Period}", ct);
        await c.ExecuteAsync(new CommandDefinition(
            "UPDATE deliveries SET status = @Status, completed_at = @Now WHERE id = @Id",
            new { Id = deliveryId, Status = DeliveryStatus.Completed.ToCode(), Now = now }, t, cancellationToken: ct));
        var newest = await c.QuerySingleAsync<Guid>(new CommandDefinition(dialect.Page("""
            SELECT id FROM deliveries WHERE partner_id = @PartnerId AND period = @Period AND status = 'completed'
            ORDER BY received_at DESC, id DESC
            """), new { delivery.PartnerId, delivery.Period, Skip = 0, Take = 1 }, t, cancellationToken: ct));
        // The partner's other deliveries of the period, read first: most deliveries are a partner's only one and
        // supersede nothing, and a short list in hand keeps the updates on the delivery index whatever the statistics say.
        var older = (await c.QueryAsync<Guid>(new CommandDefinition(
            "SELECT id FROM deliveries WHERE partner_id = @PartnerId AND period = @Period AND id <> @Newest",
            new { delivery.PartnerId, delivery.Period, Newest = newest }, t, cancellationToken: ct))).ToList();
        if (older.Count > 0)
        {
            // The newest delivery's rows were loaded moments ago: planned from older statistics, the join below
            // took a nested loop over every pair of rows (30 s at 100,000 signals).
            await dialect.RefreshStatisticsAsync(c, t, "signals", ct);
            var parameters = new { Newest = newest, Now = now, Current = SignalStanding.Current.ToCode(), Replaced = SignalStanding.Replaced.ToCode(), Withdrawn = SignalStanding.Withdrawn.ToCode() };
            await ListQuery.ExecuteAsync(c, t, $"""
                UPDATE signals SET status = @Replaced, status_reason = 'replaced by a newer delivery', status_at = @Now, superseded_by = @Newest
                WHERE {dialect.InList("delivery_id", "Keys")} AND status = @Current
                  AND EXISTS (SELECT 1 FROM signals n WHERE n.delivery_id = @Newest AND n.reference = signals.reference)
                """, older, slice => dialect.IdList(slice), parameters, ct);
            await ListQuery.ExecuteAsync(c, t, $"""
                UPDATE signals SET status = @Withdrawn, status_reason = 'not in the newer delivery', status_at = @Now, superseded_by = @Newest
                WHERE {dialect.InList("delivery_id", "Keys")} AND status = @Current
                """, older, slice => dialect.IdList(slice), parameters, ct);
        }
        await Outbox.AddAsync(c, t, new DeliveryCompleted(deliveryId, delivery.PartnerId, delivery.Period, newest), clock, ct);
    }

    private sealed class DeliveryKey
    {
        public Guid PartnerId { get; init; }
        public string Period { get; init; } = "";
        public DateTime ReceivedAt { get; init; }
    }
}
