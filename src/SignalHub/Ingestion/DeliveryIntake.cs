using System.Data.Common;
using System.Security.Cryptography;
using Dapper;
using Microsoft.Extensions.Options;
using SignalHub.Domain.Values;
using SignalHub.Domain.Vocabulary;
using SignalHub.Ingestion.Replacement;
using SignalHub.Messaging.Contracts;
using SignalHub.Messaging.Outbox;
using SignalHub.Storage;
using SignalHub.Telemetry;

namespace SignalHub.Ingestion;

/// <summary>
/// Takes a partner's file as it arrives (API, portal or CLI): spools it to disk while hashing, so no file
/// sits whole in memory; answers a re-upload of the same bytes with the earlier delivery; otherwise stores
/// the file in parts and announces it. Parsing happens later, in the consumers.
/// </summary>
public sealed class DeliveryIntake(Database database, OutboxSignal outbox, IOptions<IngestionOptions> options, TimeProvider clock,
    ReplacementCheck replacement, PendingUploads pending)
{
    private const int PartBytes = 1024 * 1024;

    /// <param name="holdFor">
    /// The portal's uploader: a file that would replace the month's earlier delivery is then held for their confirmation
    /// (<see cref="IntakeResult.PendingId"/>) instead of stored. The API and the command line replace at once.
    /// </param>
    public async Task<IntakeResult> AcceptAsync(Guid partnerId, Period period, Stream content, string? fileName, string source, CancellationToken ct,
        string? holdFor = null)
    {
        using var span = SignalHubActivity.StartStep("delivery intake", "signalhub.partner.id", partnerId);
        var spool = Path.Combine(Path.GetTempPath(), $"signalhub-upload-{Guid.NewGuid():N}");
        try
        {
            await using var file = new FileStream(spool, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920,
                FileOptions.DeleteOnClose | FileOptions.Asynchronous);
            var (sha256, bytes) = await SpoolAsync(content, file, options.Value.MaxFileBytes, ct);
            if (bytes > options.Value.MaxFileBytes)
                return IntakeResult.TooLarge(options.Value.MaxFileBytes);
            var result = await StoreAsync(partnerId, period, file, sha256, bytes, fileName, source, ct, holdFor);
            if (result is { DeliveryId: { } id, Duplicate: false })
                span?.SetTag("signalhub.delivery.id", id);
            return result;
        }
        finally
        {
            File.Delete(spool);
        }
    }

    /// <summary>
    /// Stores a spooled file (read from its current position) under the hash and size of the bytes as they
    /// arrived: the JSON API stores the canonical CSV of a JSON body but answers to the JSON's own hash.
    /// </summary>
    internal async Task<IntakeResult> StoreAsync(Guid partnerId, Period period, Stream file, string sha256, long bytes,
        string? fileName, string source, CancellationToken ct, string? holdFor = null)
    {
        var existing = await database.ReadAsync(c => c.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(
            "SELECT id FROM deliveries WHERE partner_id = @PartnerId AND period = @Period AND sha256 = @Sha",
            new { PartnerId = partnerId, Period = period.ToString(), Sha = sha256 }, cancellationToken: ct)), ct);
        if (existing is { } earlier)
            return IntakeResult.Existing(earlier);

        var preview = await replacement.PreviewAsync(partnerId, period, file, ct);
        if (holdFor is not null && preview is not null)
            return IntakeResult.Held(await pending.HoldAsync(partnerId, period, file, sha256, bytes, SafeFileName(fileName), holdFor, preview, ct));
        var id = Guid.CreateVersion7();
        return await InsertAsync(id, new DeliveryRow(partnerId, period.ToString(), sha256, source, SafeFileName(fileName), bytes, preview?.ReplacesId,
            preview?.Withdraws ?? 0), (c, t) => StorePartsAsync(c, t, PartsSql, id, file, ct), ct);
    }

    /// <summary>Turns a held upload into a delivery, as if it arrived now; null when it is gone (cancelled, confirmed, expired).</summary>
    public async Task<IntakeResult?> ConfirmAsync(PendingUpload upload, CancellationToken ct)
    {
        var held = await database.ReadAsync(c => c.QuerySingleOrDefaultAsync<HeldRow>(new CommandDefinition(
            "SELECT sha256 AS Sha256, uploaded_by AS UploadedBy FROM pending_uploads WHERE id = @Id", new { upload.Id }, cancellationToken: ct)), ct);
        if (held is null)
            return null;
        var id = Guid.CreateVersion7();
        return await InsertAsync(id, new DeliveryRow(upload.PartnerId, upload.Period, held.Sha256, "portal", upload.FileName, upload.ByteCount,
            upload.ReplacesId, upload.Withdraws), async (c, t) =>
        {
            await c.ExecuteAsync(new CommandDefinition(
                "INSERT INTO delivery_files (delivery_id, seq, content) SELECT @Id, seq, content FROM pending_upload_files WHERE upload_id = @Upload",
                new { Id = id, Upload = upload.Id }, t, cancellationToken: ct));
            await PendingUploads.DeleteAsync(c, t, upload.Id, ct);
        }, ct);
    }

    private async Task<IntakeResult> InsertAsync(Guid id, DeliveryRow row, Func<DbConnection, DbTransaction, Task> storeFile, CancellationToken ct)
    {
        try
        {
            await database.InTransactionAsync(async (c, t) =>
            {
                await c.ExecuteAsync(new CommandDefinition("""
                    INSERT INTO deliveries (id, partner_id, period, sha256, source, file_name, status, received_at, byte_count,
                                            rows_read, rows_accepted, rows_rejected, chunk_count, chunks_done, replaces_delivery_id, withdraws_expected)
                    VALUES (@Id, @PartnerId, @Period, @Sha, @Source, @FileName, @Status, @Now, @Bytes, 0, 0, 0, 0, 0, @Replaces, @Withdraws)
                    """, new { Id = id, row.PartnerId, row.Period, row.Sha, row.Source, row.FileName, Status = DeliveryStatus.Received.ToCode(),
                        Now = clock.GetUtcNow().UtcDateTime, row.Bytes, row.Replaces, row.Withdraws },
                    t, cancellationToken: ct));
                await storeFile(c, t);
                await Outbox.AddAsync(c, t, new DeliveryReceived(id), clock, ct);
            }, ct);
        }
        catch (Exception e) when (database.Dialect.IsUniqueViolation(e))
        {
            // The same file arrived twice at once: the other request stored it first.
            return IntakeResult.Existing(await database.ReadAsync(c => c.QuerySingleAsync<Guid>(new CommandDefinition(
                "SELECT id FROM deliveries WHERE partner_id = @PartnerId AND period = @Period AND sha256 = @Sha",
                new { row.PartnerId, row.Period, row.Sha }, cancellationToken: ct)), ct));
        }
        outbox.Wake();
        return IntakeResult.Stored(id);
    }

    private sealed record DeliveryRow(Guid PartnerId, string Period, string Sha, string Source, string? FileName, long Bytes, Guid? Replaces,
        int Withdraws);

    private sealed class HeldRow
    {
        public string Sha256 { get; init; } = "";
        public string UploadedBy { get; init; } = "";
    }

    private const string PartsSql = "INSERT INTO delivery_files (delivery_id, seq, content) VALUES (@Id, @Seq, @Content)";

    private static async Task<(string Sha256, long Bytes)> SpoolAsync(Stream content, FileStream file, long limit, CancellationToken ct)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await content.ReadAsync(buffer, ct)) > 0)
        {
            total += read;
            if (total > limit)
                return ("", total);
            hash.AppendData(buffer, 0, read);
            await file.WriteAsync(buffer.AsMemory(0, read), ct);
        }
        file.Position = 0;
        return (Convert.ToHexStringLower(hash.GetHashAndReset()), total);
    }

    internal static async Task StorePartsAsync(DbConnection c, DbTransaction t, string sql, Guid id, Stream file, CancellationToken ct)
    {
        var buffer = new byte[PartBytes];
        var seq = 0;
        int read;
        while ((read = await file.ReadAtLeastAsync(buffer, PartBytes, throwOnEndOfStream: false, ct)) > 0)
        {
            await c.ExecuteAsync(new CommandDefinition(sql,
                new { Id = id, Seq = seq++, Content = buffer.AsSpan(0, read).ToArray() }, t, cancellationToken: ct));
        }
    }

    internal static string? SafeFileName(string? fileName) =>
        string.IsNullOrWhiteSpace(fileName) ? null : Path.GetFileName(fileName.Replace('\\', '/')) is { Length: > 0 } name ? name[..Math.Min(name.Length, 260)] : null;
}

/// <summary>What intake did with an upload.</summary>
public sealed record IntakeResult(Guid? DeliveryId, bool Duplicate, string? ErrorCode, string? ErrorMessage)
{
    /// <summary>Set when the upload waits for the partner's confirmation that it may replace the month's earlier delivery.</summary>
    public Guid? PendingId { get; init; }

    public static IntakeResult Held(Guid pendingId) => new(null, false, null, null) { PendingId = pendingId };

    public static IntakeResult Stored(Guid id) => new(id, false, null, null);

    public static IntakeResult Existing(Guid id) => new(id, true, null, null);

    public static IntakeResult TooLarge(long limit) =>
        new(null, false, "file.too_large", $"the file is larger than the limit of {limit:N0} bytes; split it or ask the administrator to raise Ingestion:MaxFileBytes");
}
