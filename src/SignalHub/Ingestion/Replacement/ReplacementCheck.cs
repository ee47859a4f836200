using Dapper;
using Microsoft.Extensions.Options;
using SignalHub.Domain.Values;
using SignalHub.Ingestion.Reading;
using SignalHub.Storage;

namespace SignalHub.Ingestion.Replacement;

/// <summary>What a new file of a month does to the partner's earlier delivery of that month, worked out before it is stored.</summary>
/// <param name="Rows">The rows the earlier delivery read.</param>
/// <param name="Withdraws">Its current signals whose reference the new file does not hold.</param>
public sealed record ReplacementPreview(Guid ReplacesId, DateTime ReceivedAt, string? FileName, int Rows, int Withdraws);

/// <summary>
/// The partner's newest complete delivery is the truth for its month (<see cref="DeliveryFinalizer"/>): a new file replaces
/// it, and every current signal whose reference the new file does not repeat is withdrawn. This reads the new file's
/// references (no row validation) and counts those signals, so the partner can be told before, and the receipt after.
/// A file that cannot be opened as a partner file is refused whole and replaces nothing.
/// </summary>
public sealed class ReplacementCheck(Database database, IOptions<IngestionOptions> options)
{
    /// <summary>Reads <paramref name="file"/> from its current position and puts it back there.</summary>
    public async Task<ReplacementPreview?> PreviewAsync(Guid partnerId, Period period, Stream file, CancellationToken ct)
    {
        var earlier = await database.ReadAsync(c => c.QueryFirstOrDefaultAsync<EarlierRow>(new CommandDefinition(database.Dialect.Page("""
            SELECT id AS Id, received_at AS ReceivedAt, file_name AS FileName, rows_read AS RowsRead
            FROM deliveries WHERE partner_id = @PartnerId AND period = @Period AND status = 'completed'
            ORDER BY received_at DESC, id DESC
            """), new { PartnerId = partnerId, Period = period.ToString(), Skip = 0, Take = 1 }, cancellationToken: ct)), ct);
        if (earlier is null)
            return null;
        var start = file.Position;
        HashSet<string>? references;
        try
        {
            references = References(file);
        }
        finally
        {
            file.Position = start;
        }
        if (references is null)
            return null;
        var current = await database.ReadAsync(c => c.QueryAsync<string>(new CommandDefinition(
            "SELECT reference FROM signals WHERE partner_id = @PartnerId AND period = @Period AND status = 'current'",
            new { PartnerId = partnerId, Period = period.ToString() }, cancellationToken: ct)), ct);
        var withdraws = current.Count(reference => !references.Contains(reference.Trim()));
        return new ReplacementPreview(earlier.Id, earlier.ReceivedAt, earlier.FileName, earlier.RowsRead, withdraws);
    }

    private HashSet<string>? References(Stream file)
    {
        var opened = PartnerFileReader.Open(file, new PartnerFileReaderOptions { MaxFileBytes = options.Value.MaxFileBytes, MaxRows = options.Value.MaxRows });
        if (!opened.IsOpen)
            return null;
        return [.. opened.Reader.ReadRecords().Select(r => r[PartnerColumn.Reference]?.Trim()).OfType<string>().Where(r => r.Length > 0)];
    }

    private sealed class EarlierRow
    {
        public Guid Id { get; init; }
        public DateTime ReceivedAt { get; init; }
        public string? FileName { get; init; }
        public int RowsRead { get; init; }
    }
}
