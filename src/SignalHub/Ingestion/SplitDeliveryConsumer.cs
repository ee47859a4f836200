using System.Data.Common;
using System.Text;
using System.Text.Json;
using Dapper;
using MassTransit;
using Microsoft.Extensions.Options;
using SignalHub.Domain.Vocabulary;
using SignalHub.Ingestion.Reading;
using SignalHub.Messaging;
using SignalHub.Messaging.Contracts;
using SignalHub.Messaging.Outbox;
using SignalHub.Storage;
using SignalHub.Telemetry;

namespace SignalHub.Ingestion;

/// <summary>
/// Checks a stored file as a whole and splits it into canonical chunks for the workers. A structural error
/// refuses the delivery and keeps nothing of it; rows that cannot be read, and references used twice, are
/// rejected here with their line. The stored file is deleted once split.
/// </summary>
internal sealed class SplitDeliveryConsumer(Database database, OutboxSignal outbox, IOptions<IngestionOptions> options, TimeProvider clock)
    : IConsumer<DeliveryReceived>
{
    public async Task Consume(ConsumeContext<DeliveryReceived> context)
    {
        var ct = context.CancellationToken;
        var id = context.Message.DeliveryId;
        using var span = SignalHubActivity.StartStep("split delivery", "signalhub.delivery.id", id);
        var spool = Path.Combine(Path.GetTempPath(), $"signalhub-split-{Guid.NewGuid():N}");
        await using var file = new FileStream(spool, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        if (!await StoredFile.CopyToAsync(database, id, file, ct))
            return; // Already split (or refused) by an earlier delivery of this message.
        file.Position = 0;
        var handled = await database.InTransactionAsync(async (c, t) =>
        {
            if (!await Inbox.TryBeginAsync(c, t, nameof(SplitDeliveryConsumer), context.RequireMessageId(), clock, ct))
                return false;
            file.Position = 0;
            var opened = PartnerFileReader.Open(file, new PartnerFileReaderOptions { MaxFileBytes = options.Value.MaxFileBytes, MaxRows = options.Value.MaxRows });
            if (!opened.IsOpen)
                await RefuseAsync(c, t, id, opened.Errors, ct);
            else
                await SplitAsync(c, t, id, opened.Reader, ct);
            await c.ExecuteAsync(new CommandDefinition("DELETE FROM delivery_files WHERE delivery_id = @Id", new { Id = id }, t, cancellationToken: ct));
            return true;
        }, ct);
        if (handled)
            outbox.Wake();
    }

    /// <summary>The first error's code names the refusal; the message lists every structural problem at once.</summary>
    private Task RefuseAsync(DbConnection c, DbTransaction t, Guid id, IReadOnlyList<StructuralError> errors, CancellationToken ct) =>
        c.ExecuteAsync(new CommandDefinition("""
            UPDATE deliveries SET status = @Status, error_code = @Code, error_message = @Message, completed_at = @Now WHERE id = @Id
            """, new
        {
            Id = id, Status = DeliveryStatus.Rejected.ToCode(), errors[0].Code,
            Message = string.Join("; ", errors.Select(e => e.Message)) is var all && all.Length > 1000 ? all[..997] + "..." : all,
            Now = clock.GetUtcNow().UtcDateTime,
        }, t, cancellationToken: ct));

    private async Task SplitAsync(DbConnection c, DbTransaction t, Guid id, PartnerFileReader reader, CancellationToken ct)
    {
        var references = new ReferenceSet();
        var chunk = new StringBuilder();
        var errors = new List<object?[]>();
        int seq = 0, inChunk = 0, read = 0, rejected = 0;
        foreach (var record in reader.ReadRecords())
        {
            read++;
            if (errors.Count >= options.Value.ChunkRecords)
            {
                // A file of nothing but bad rows must not pile its errors up in memory either.
                await database.Dialect.BulkInsertAsync(c, t, DeliveryErrors.Table, errors, ct);
                errors.Clear();
            }
            if (record.Error is { } recordError)
            {
                rejected++;
                errors.Add(ErrorRow(id, record.StartLine, null, recordError.Code, recordError.Message));
                continue;
            }
            if (record[PartnerColumn.Reference] is { } reference && !string.IsNullOrWhiteSpace(reference)
                && references.Add(reference, record.StartLine) is { } firstLine)
            {
                rejected++;
                errors.Add(ErrorRow(id, record.StartLine, "reference", "reference.duplicate",
                    $"reference already appears on line {firstLine}; each reference may appear once per file"));
                continue;
            }
            CanonicalChunk.Append(chunk, record);
            if (++inChunk == options.Value.ChunkRecords)
            {
                await StoreChunkAsync(c, t, id, seq++, inChunk, chunk, ct);
                inChunk = 0;
            }
        }
        if (inChunk > 0)
            await StoreChunkAsync(c, t, id, seq++, inChunk, chunk, ct);
        await database.Dialect.BulkInsertAsync(c, t, DeliveryErrors.Table, errors, ct);
        var status = seq == 0 ? DeliveryStatus.Completed.ToCode() : DeliveryStatus.Processing.ToCode();
        await c.ExecuteAsync(new CommandDefinition("""
            UPDATE deliveries SET status = @Status, encoding = @Encoding, delimiter = @Delimiter, warnings = @Warnings,
                   rows_read = @Read, rows_rejected = @Rejected, chunk_count = @Chunks, completed_at = @CompletedAt
            WHERE id = @Id
            """, new
        {
            Id = id, Status = status, Encoding = reader.EncodingName, Delimiter = reader.Delimiter == '\t' ? "tab" : reader.Delimiter.ToString(),
            Warnings = JsonSerializer.Serialize(reader.Header.Warnings), Read = read, Rejected = rejected, Chunks = seq,
            CompletedAt = seq == 0 ? clock.GetUtcNow().UtcDateTime : (DateTime?)null,
        }, t, cancellationToken: ct));
        if (seq == 0)
            await DeliveryFinalizer.FinalizeAsync(c, t, database.Dialect, id, clock, ct);
    }

    private async Task StoreChunkAsync(DbConnection c, DbTransaction t, Guid id, int seq, int records, StringBuilder chunk, CancellationToken ct)
    {
        await c.ExecuteAsync(new CommandDefinition(
            "INSERT INTO delivery_chunks (delivery_id, seq, record_count, content) VALUES (@Id, @Seq, @Records, @Content)",
            new { Id = id, Seq = seq, Records = records, Content = chunk.ToString() }, t, cancellationToken: ct));
        await Outbox.AddAsync(c, t, new DeliveryChunkReady(id, seq), clock, ct);
        chunk.Clear();
    }

    private static object?[] ErrorRow(Guid delivery, int line, string? column, string code, string reason) =>
        [Guid.CreateVersion7(), delivery, line, column, code, reason];
}
