using System.Text;
using Dapper;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SignalHub.Domain.Values;
using SignalHub.Domain.Vocabulary;
using SignalHub.Portal;
using SignalHub.Storage;

namespace SignalHub.Ingestion;

/// <summary>
/// A delivery's receipt in the portal: status, counts, the rejected rows a page at a time, and the full error
/// report as CSV (<c>/leveringen/{id}/fouten</c>). While the file is processed, receipt.js polls
/// <c>/leveringen/{id}/status</c> and reloads the page once the delivery is final.
/// </summary>
public sealed class ReceiptModel(ReceiptQuery receipts, PortalPartners partners, Database database, Replacement.DeliverySummaries summaries)
    : PageModel
{
    public const int PageSize = 50;

    private const string CountErrors = """
        SELECT d.partner_id AS PartnerId, (SELECT COUNT(*) FROM delivery_errors e WHERE e.delivery_id = d.id) AS ErrorCount
        FROM deliveries d WHERE d.id = @Id
        """;

    public Receipt Receipt { get; private set; } = null!;

    public Guid PartnerId { get; private set; }

    public IReadOnlyList<ReceiptError> Errors { get; private set; } = [];

    public int ErrorCount { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public int PageCount => Math.Max(1, (ErrorCount + PageSize - 1) / PageSize);

    public bool Duplicate { get; private set; }

    /// <summary>The month's earlier delivery this one replaced, for the sentence that says what the upload did.</summary>
    public Replacement.DeliverySummary? Replaced { get; private set; }

        public bool Final => DeliveryStatuses.IsFinal(Receipt.Status);

    public string PeriodLabel => Period.TryParse(Receipt.Period, out var period, out _) ? Labels.Period(period) : Receipt.Period;

    public async Task<IActionResult> OnGetAsync(Guid id, int pagina, bool dubbel, CancellationToken ct)
    {
        if (await receipts.GetAsync(id, partners.Scope(HttpContext), 1, ct) is not { } receipt)
            return NotFound();
        Receipt = receipt;
        Duplicate = dubbel;
        Replaced = receipt.Replaces is { } earlier ? await summaries.FindAsync(earlier, ct) : null;
        var counts = await database.ReadAsync(c => c.QuerySingleAsync<ErrorCounts>(new CommandDefinition(
            CountErrors, new { Id = id }, cancellationToken: ct)), ct);
        PartnerId = counts.PartnerId;
        ErrorCount = counts.ErrorCount;
        PageNumber = Math.Clamp(pagina, 1, PageCount);
        var rows = await database.ReadAsync(c => c.QueryAsync<ErrorRow>(new CommandDefinition(
            database.Dialect.Page("SELECT line AS Line, column_name AS ColumnName, code AS Code, reason AS Reason FROM delivery_errors WHERE delivery_id = @Id ORDER BY line, column_name, code"),
            new { Id = id, Skip = (PageNumber - 1) * PageSize, Take = PageSize }, cancellationToken: ct)), ct);
        Errors = [.. rows.Select(r => new ReceiptError(r.Line, r.ColumnName, r.Code, r.Reason))];
        return Page();
    }

    /// <summary>Every row error as a Dutch CSV (the API's errors.csv stays English), with a BOM so a spreadsheet reads it as UTF-8.</summary>
    public async Task<IActionResult> OnGetFoutenAsync(Guid id, CancellationToken ct)
    {
        if (await receipts.GetAsync(id, partners.Scope(HttpContext), int.MaxValue, ct) is not { } receipt)
            return NotFound();
        var csv = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(ErrorReport.ToDutchCsv(receipt.Errors))).ToArray();
        return File(csv, "text/csv; charset=utf-8", $"fouten-{receipt.DeliveryId}.csv");
    }

    public async Task<IActionResult> OnGetStatusAsync(Guid id, CancellationToken ct) =>
        await receipts.GetAsync(id, partners.Scope(HttpContext), 1, ct) is { } receipt
            ? new JsonResult(new { status = receipt.Status, final = DeliveryStatuses.IsFinal(receipt.Status), rowsRead = receipt.RowsRead })
            : NotFound();

    /// <summary>The link to another page of errors.</summary>
    public string PageLink(int page) => $"/leveringen/{Receipt.DeliveryId}?pagina={page}#fouten";

    private sealed class ErrorCounts
    {
        public Guid PartnerId { get; init; }
        public int ErrorCount { get; init; }
    }

    private sealed class ErrorRow
    {
        public int Line { get; init; }
        public string? ColumnName { get; init; }
        public string Code { get; init; } = "";
        public string Reason { get; init; } = "";
    }
}
