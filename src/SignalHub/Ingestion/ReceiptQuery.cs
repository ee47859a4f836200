using System.Text.Json;
using Dapper;
using SignalHub.Domain.Vocabulary;
using SignalHub.Storage;

namespace SignalHub.Ingestion;

/// <summary>Reads receipts. A partner's scope is part of the query, so another partner's id finds nothing.</summary>
public sealed class ReceiptQuery(Database database)
{
    public async Task<Receipt?> GetAsync(Guid deliveryId, Guid? partnerScope, int maxErrors, CancellationToken ct)
    {
        return await database.ReadAsync(async c =>
        {
            var row = await c.QuerySingleOrDefaultAsync<DeliveryRow>(new CommandDefinition("""
                SELECT d.id AS Id, p.name AS Partner, d.period AS Period, d.sha256 AS Sha256, d.status AS Status,
                       d.received_at AS ReceivedAt, d.completed_at AS CompletedAt, d.rows_read AS RowsRead,
                       d.rows_accepted AS RowsAccepted, d.rows_rejected AS RowsRejected, d.error_code AS ErrorCode,
                       d.error_message AS ErrorMessage, d.warnings AS Warnings, d.replaces_delivery_id AS Replaces,
                       d.withdraws_expected AS WithdrawsExpected,
                       (SELECT COUNT(*) FROM signals s WHERE s.superseded_by = d.id AND s.status = 'withdrawn') AS Withdrawn
                FROM deliveries d JOIN partners p ON p.id = d.partner_id
                WHERE d.id = @Id
                """ + (partnerScope is null ? "" : " AND d.partner_id = @Scope"), new { Id = deliveryId, Scope = partnerScope }, cancellationToken: ct));
            if (row is null)
                return null;
            var errors = await c.QueryAsync<ErrorRow>(new CommandDefinition(
                database.Dialect.Page("SELECT line AS Line, column_name AS ColumnName, code AS Code, reason AS Reason FROM delivery_errors WHERE delivery_id = @Id ORDER BY line, column_name"),
                new { Id = deliveryId, Skip = 0, Take = maxErrors }, cancellationToken: ct));
            return new Receipt(row.Id, row.Partner, row.Period, row.Sha256, row.Status, row.ReceivedAt, row.CompletedAt,
                row.RowsRead, row.RowsAccepted, row.RowsRejected,
                row.ErrorCode is null ? null : new ReceiptProblem(row.ErrorCode, row.ErrorMessage ?? ""),
                row.Warnings is null ? [] : JsonSerializer.Deserialize<List<string>>(row.Warnings) ?? [],
                [.. errors.Select(e => new ReceiptError(e.Line, e.ColumnName, e.Code, e.Reason))],
                row.Replaces, row.Status == DeliveryStatus.Completed.ToCode() ? (int)row.Withdrawn : row.WithdrawsExpected ?? 0);
        }, ct);
    }

    public Task<string?> StatusAsync(Guid deliveryId, CancellationToken ct) =>
        database.ReadAsync(c => c.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
            "SELECT status FROM deliveries WHERE id = @Id", new { Id = deliveryId }, cancellationToken: ct)), ct);

    /// <summary>Polls until the delivery is completed or rejected: how the CLI waits for its import.</summary>
    public async Task WaitUntilFinalAsync(Guid deliveryId, TimeSpan timeout, CancellationToken ct)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout);
        while (await StatusAsync(deliveryId, limit.Token) is { } status && !DeliveryStatuses.IsFinal(status))
            await Task.Delay(100, limit.Token);
    }

    private sealed class ErrorRow
    {
        public int Line { get; init; }
        public string? ColumnName { get; init; }
        public string Code { get; init; } = "";
        public string Reason { get; init; } = "";
    }

    private sealed class DeliveryRow
    {
        public Guid Id { get; init; }
        public string Partner { get; init; } = "";
        public string Period { get; init; } = "";
        public string Sha256 { get; init; } = "";
        public string Status { get; init; } = "";
        public DateTime ReceivedAt { get; init; }
        public DateTime? CompletedAt { get; init; }
        public int RowsRead { get; init; }
        public int RowsAccepted { get; init; }
        public int RowsRejected { get; init; }
        public string? ErrorCode { get; init; }
        public string? ErrorMessage { get; init; }
        public string? Warnings { get; init; }
        public Guid? Replaces { get; init; }
        public int? WithdrawsExpected { get; init; }
        public long Withdrawn { get; init; }
    }
}
