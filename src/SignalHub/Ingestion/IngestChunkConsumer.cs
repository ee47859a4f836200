using Dapper;
using MassTransit;
using SignalHub.Domain.Signals;
using SignalHub.Domain.Values;
using SignalHub.Messaging;
using SignalHub.Messaging.Contracts;
using SignalHub.Messaging.Outbox;
using SignalHub.Partners;
using SignalHub.Security.Encryption;
using SignalHub.Storage;
using SignalHub.Telemetry;

namespace SignalHub.Ingestion;

/// <summary>
/// Validates one chunk and stores its signals and row errors in one transaction with the inbox record,
/// so a redelivered chunk changes nothing. The last chunk of a delivery finalises it.
/// </summary>
internal sealed partial class IngestChunkConsumer(Database database, PartnerStore partners, OutboxSignal outbox, SignalHubMetrics metrics, TimeProvider clock,
    FieldCipher cipher, ILogger<IngestChunkConsumer> logger)
    : IConsumer<DeliveryChunkReady>
{
    public async Task Consume(ConsumeContext<DeliveryChunkReady> context)
    {
        var ct = context.CancellationToken;
        var (deliveryId, seq) = (context.Message.DeliveryId, context.Message.Seq);
        using var span = SignalHubActivity.StartStep("ingest chunk", "signalhub.delivery.id", deliveryId);
        var chunk = await database.ReadAsync(c => c.QuerySingleOrDefaultAsync<ChunkRow>(new CommandDefinition("""
            SELECT d.partner_id AS PartnerId, d.period AS Period, k.content AS Content
            FROM delivery_chunks k JOIN deliveries d ON d.id = k.delivery_id
            WHERE k.delivery_id = @DeliveryId AND k.seq = @Seq
            """, new { DeliveryId = deliveryId, Seq = seq }, cancellationToken: ct)), ct);
        if (chunk is null)
            return; // Handled before: the chunk is deleted in the transaction that stored its signals.
        var partner = await partners.FindAsync(chunk.PartnerId, ct) ?? throw new InvalidOperationException($"partner {chunk.PartnerId} is gone");
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var allowed = partner.AllowedCostTypes();
        var rows = new List<object?[]>();
        var errors = new List<object?[]>();
        var rejected = 0;
        foreach (var row in CanonicalChunk.Read(chunk.Content))
        {
            var result = SignalRowValidator.Validate(row, allowed, today);
            if (result.Signal is { } signal)
                rows.Add(SignalTable.Row(cipher, signal, deliveryId, partner.Id, chunk.Period, seq, now));
            else
            {
                rejected++;
                errors.AddRange(result.Errors.Select(e => new object?[] { Guid.CreateVersion7(), deliveryId, e.Line, e.Column, e.Code, e.Reason }));
            }
        }
        var handled = await database.InTransactionAsync(async (c, t) =>
        {
            if (!await Inbox.TryBeginAsync(c, t, nameof(IngestChunkConsumer), context.RequireMessageId(), clock, ct))
                return false;
            await database.Dialect.BulkInsertAsync(c, t, SignalTable.Table, rows, ct);
            await database.Dialect.BulkInsertAsync(c, t, DeliveryErrors.Table, errors, ct);
            await c.ExecuteAsync(new CommandDefinition("DELETE FROM delivery_chunks WHERE delivery_id = @DeliveryId AND seq = @Seq",
                new { DeliveryId = deliveryId, Seq = seq }, t, cancellationToken: ct));
            await c.ExecuteAsync(new CommandDefinition("""
                UPDATE deliveries SET rows_accepted = rows_accepted + @Accepted, rows_rejected = rows_rejected + @Rejected,
                       chunks_done = chunks_done + 1
                WHERE id = @DeliveryId
                """, new { DeliveryId = deliveryId, Accepted = rows.Count, Rejected = rejected }, t, cancellationToken: ct));
            if (rows.Count > 0)
                await Outbox.AddAsync(c, t, new SignalsAccepted(deliveryId, seq, chunk.Period), clock, ct);
            var progress = await c.QuerySingleAsync<Progress>(new CommandDefinition(
                "SELECT chunks_done AS Done, chunk_count AS Total FROM deliveries WHERE id = @DeliveryId", new { DeliveryId = deliveryId }, t, cancellationToken: ct));
            if (progress.Done == progress.Total)
                await DeliveryFinalizer.FinalizeAsync(c, t, database.Dialect, deliveryId, clock, ct);
            return true;
        }, ct);
        if (!handled)
            return;
        outbox.Wake();
        metrics.SignalsValidated(partner.Id, rows.Count, rejected);
        ChunkStored(logger, seq, deliveryId, rows.Count, rejected);
    }

    /// <summary>Per process, these lines show how the chunks of a month were spread over the workers.</summary>
    [LoggerMessage(Level = LogLevel.Information, Message = "Chunk {Seq} of delivery {DeliveryId} stored: {Accepted} accepted, {Rejected} rejected")]
    private static partial void ChunkStored(ILogger logger, int seq, Guid deliveryId, int accepted, int rejected);

    private sealed class ChunkRow
    {
        public Guid PartnerId { get; init; }
        public string Period { get; init; } = "";
        public string Content { get; init; } = "";
    }

    private sealed class Progress
    {
        public int Done { get; init; }
        public int Total { get; init; }
    }
}
