using System.Security.Cryptography;
using Dapper;
using Microsoft.Extensions.Options;
using SignalHub.Domain.Values;
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
public sealed class DeliveryIntake(Database database, OutboxSignal outbox, IOptions<IngestionOptions> options, TimeProvider clock)
{
    private const int PartBytes = 1024 * 1024;

    public async Task<IntakeResult> AcceptAsync(Guid partnerId, Period period, Stream content, string? fileName, string source, CancellationToken ct)
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
            var result = await StoreAsync(partnerId, period, file, sha256, bytes, fileName, source, ct);
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
        string? fileName, string source, CancellationToken ct)
    {
        var existing = await database.ReadAsync(c => c.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(
            "SELECT id FROM deliveries WHERE partner_id = @PartnerId AND period = @Period AND sha256 = @Sha",
            new { PartnerId = partnerId, Period = period.ToString(), Sha = sha256 }, cancellationToken: ct)), ct);
        if (existing is { } earlier)
            return IntakeResult.Existing(earlier);

        var id = Guid.CreateVersion7();
        try
        {
            await database.InTransactionAsync(async (c, t) =>
            {
                await c.ExecuteAsync(new CommandDefinition("""
                    INSERT INTO deliveries (id, partner_id, period, sha256, source, file_name, status, received_at, byte_count,
                                            rows_read, rows_accepted, rows_rejected, chunk_count, chunks_done)
                    VALUES (@Id, @PartnerId, @Period, @Sha, @Source, @FileName, @Status, @Now, @Bytes, 0, 0, 0, 0, 0)
                    """, new { Id = id, PartnerId = partnerId, Period = period.ToString(), Sha = sha256, Source = source,
                        FileName = SafeFileName(fileName), Status = DeliveryStatus.Received, Now = clock.GetUtcNow().UtcDateTime, Bytes = bytes },
                    t, cancellationToken: ct));
                await StorePartsAsync(c, t, id, file, ct);
                await Outbox.AddAsync(c, t, new DeliveryReceived(id), clock, ct);
            }, ct);
        }
        catch (Exception e) when (database.Dialect.IsUniqueViolation(e))
        {
            // The same file arrived twice at once: the other request stored it first.
            return IntakeResult.Existing(await database.ReadAsync(c => c.QuerySingleAsync<Guid>(new CommandDefinition(
                "SELECT id FROM deliveries WHERE partner_id = @PartnerId AND period = @Period AND sha256 = @Sha",
                new { PartnerId = partnerId, Period = period.ToString(), Sha = sha256 }, cancellationToken: ct)), ct));
        }
        outbox.Wake();
        return IntakeResult.Stored(id);
    }

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

    private static async Task StorePartsAsync(System.Data.Common.DbConnection c, System.Data.Common.DbTransaction t, Guid id, Stream file, CancellationToken ct)
    {
        var buffer = new byte[PartBytes];
        var seq = 0;
        int read;
        while ((read = await file.ReadAtLeastAsync(buffer, PartBytes, throwOnEndOfStream: false, ct)) > 0)
        {
            await c.ExecuteAsync(new CommandDefinition(
                "INSERT INTO delivery_files (delivery_id, seq, content) VALUES (@Id, @Seq, @Content)",
                new { Id = id, Seq = seq++, Content = buffer.AsSpan(0, read).ToArray() }, t, cancellationToken: ct));
        }
    }

    private static string? SafeFileName(string? fileName) =>
        string.IsNullOrWhiteSpace(fileName) ? null : Path.GetFileName(fileName.Replace('\\', '/')) is { Length: > 0 } name ? name[..Math.Min(name.Length, 260)] : null;
}

/// <summary>What intake did with an upload.</summary>
public sealed record IntakeResult(Guid? DeliveryId, bool Duplicate, string? ErrorCode, string? ErrorMessage)
{
    public static IntakeResult Stored(Guid id) => new(id, false, null, null);

    public static IntakeResult Existing(Guid id) => new(id, true, null, null);

    public static IntakeResult TooLarge(long limit) =>
        new(null, false, "file.too_large", $"the file is larger than the limit of {limit:N0} bytes; split it or ask the administrator to raise Ingestion:MaxFileBytes");
}
