using Dapper;
using SignalHub.Storage;

namespace SignalHub.Ingestion.Replacement;

/// <summary>An earlier delivery as a partner recognises it: when it came, which file, how many rows.</summary>
public sealed record DeliverySummary(Guid Id, DateTime ReceivedAt, string? FileName, int RowsRead);

public sealed class DeliverySummaries(Database database)
{
    public async Task<DeliverySummary?> FindAsync(Guid id, CancellationToken ct) =>
        (await database.ReadAsync(c => c.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            "SELECT id AS Id, received_at AS ReceivedAt, file_name AS FileName, rows_read AS RowsRead FROM deliveries WHERE id = @Id",
            new { Id = id }, cancellationToken: ct)), ct)) is { } row
            ? new DeliverySummary(row.Id, row.ReceivedAt, row.FileName, row.RowsRead)
            : null;

    /// <summary>The delivery a new file of the month would replace now.</summary>
    public Task<Guid?> NewestCompletedAsync(Guid partnerId, string period, CancellationToken ct) =>
        database.ReadAsync(async c => (await c.QueryAsync<Row>(new CommandDefinition(database.Dialect.Page("""
            SELECT id AS Id, received_at AS ReceivedAt, file_name AS FileName, rows_read AS RowsRead
            FROM deliveries WHERE partner_id = @PartnerId AND period = @Period AND status = 'completed'
            ORDER BY received_at DESC, id DESC
            """), new { PartnerId = partnerId, Period = period, Skip = 0, Take = 1 }, cancellationToken: ct))).Select(r => (Guid?)r.Id).FirstOrDefault(), ct);

    private sealed class Row
    {
        public Guid Id { get; init; }
        public DateTime ReceivedAt { get; init; }
        public string? FileName { get; init; }
        public int RowsRead { get; init; }
    }
}
