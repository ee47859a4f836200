using System.Data.Common;
using Dapper;
using SignalHub.Domain.Values;
using SignalHub.Storage;

namespace SignalHub.Ingestion.Replacement;

/// <summary>A portal upload that would replace the month's earlier delivery, held until the partner confirms it.</summary>
public sealed record PendingUpload(Guid Id, Guid PartnerId, string Period, string? FileName, long ByteCount, DateTime CreatedAt,
    Guid ReplacesId, int Withdraws);

/// <summary>
/// Holds such an upload, file and all, in the database (so any web process can take the confirmation): nothing is
/// announced until <see cref="DeliveryIntake.ConfirmAsync"/> turns it into a delivery. Cancelled ones are deleted;
/// ones never answered are deleted after a day, whenever another is held.
/// </summary>
public sealed class PendingUploads(Database database, TimeProvider clock)
{
    private static readonly TimeSpan Kept = TimeSpan.FromDays(1);

    internal async Task<Guid> HoldAsync(Guid partnerId, Period period, Stream file, string sha256, long bytes, string? fileName, string by,
        ReplacementPreview preview, CancellationToken ct)
    {
        var id = Guid.CreateVersion7();
        var now = clock.GetUtcNow().UtcDateTime;
        await database.InTransactionAsync(async (c, t) =>
        {
            await DeleteOlderThanAsync(c, t, now - Kept, ct);
            await c.ExecuteAsync(new CommandDefinition("""
                INSERT INTO pending_uploads (id, partner_id, period, sha256, file_name, byte_count, uploaded_by, created_at,
                                             replaces_delivery_id, withdraws_expected)
                VALUES (@Id, @PartnerId, @Period, @Sha, @FileName, @Bytes, @By, @Now, @Replaces, @Withdraws)
                """, new { Id = id, PartnerId = partnerId, Period = period.ToString(), Sha = sha256, FileName = fileName, Bytes = bytes,
                    By = by, Now = now, Replaces = preview.ReplacesId, Withdraws = preview.Withdraws }, t, cancellationToken: ct));
            await DeliveryIntake.StorePartsAsync(c, t, "INSERT INTO pending_upload_files (upload_id, seq, content) VALUES (@Id, @Seq, @Content)",
                id, file, ct);
        }, ct);
        return id;
    }

    /// <summary>The held upload, within the partner's scope (a partner never finds another's).</summary>
    public async Task<PendingUpload?> FindAsync(Guid id, Guid? partnerScope, CancellationToken ct) =>
        (await database.ReadAsync(c => c.QuerySingleOrDefaultAsync<Row>(new CommandDefinition("""
            SELECT id AS Id, partner_id AS PartnerId, period AS Period, file_name AS FileName, byte_count AS ByteCount, created_at AS CreatedAt,
                   replaces_delivery_id AS ReplacesId, withdraws_expected AS Withdraws
            FROM pending_uploads WHERE id = @Id
            """ + (partnerScope is null ? "" : " AND partner_id = @Scope"), new { Id = id, Scope = partnerScope }, cancellationToken: ct)), ct))?.ToView();

    public Task CancelAsync(Guid id, CancellationToken ct) =>
        database.InTransactionAsync((c, t) => DeleteAsync(c, t, id, ct), ct);

    internal static async Task DeleteAsync(DbConnection c, DbTransaction t, Guid id, CancellationToken ct)
    {
        await c.ExecuteAsync(new CommandDefinition("DELETE FROM pending_upload_files WHERE upload_id = @Id", new { Id = id }, t, cancellationToken: ct));
        await c.ExecuteAsync(new CommandDefinition("DELETE FROM pending_uploads WHERE id = @Id", new { Id = id }, t, cancellationToken: ct));
    }

    private static async Task DeleteOlderThanAsync(DbConnection c, DbTransaction t, DateTime cutoff, CancellationToken ct)
    {
        await c.ExecuteAsync(new CommandDefinition(
            "DELETE FROM pending_upload_files WHERE upload_id IN (SELECT id FROM pending_uploads WHERE created_at < @Cutoff)",
            new { Cutoff = cutoff }, t, cancellationToken: ct));
        await c.ExecuteAsync(new CommandDefinition("DELETE FROM pending_uploads WHERE created_at < @Cutoff", new { Cutoff = cutoff }, t, cancellationToken: ct));
    }

    private sealed class Row
    {
        public Guid Id { get; init; }
        public Guid PartnerId { get; init; }
        public string Period { get; init; } = "";
        public string? FileName { get; init; }
        public long ByteCount { get; init; }
        public DateTime CreatedAt { get; init; }
        public Guid ReplacesId { get; init; }
        public int Withdraws { get; init; }

        public PendingUpload ToView() => new(Id, PartnerId, Period, FileName, ByteCount, CreatedAt, ReplacesId, Withdraws);
    }
}
