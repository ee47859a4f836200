using Dapper;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SignalHub.Domain.Values;
using SignalHub.Ingestion.Calendar;
using SignalHub.Partners;
using SignalHub.Portal;
using SignalHub.Storage;

namespace SignalHub.Ingestion;

/// <summary>
/// A partner's delivery history, newest month first, each with the deadline of its month and whether the month
/// was delivered on time (from <see cref="DeliveryCalendar"/>). The partner is a parameter until sign-in; see
/// <see cref="PortalPartners"/>. Without one it lists every partner's deliveries.
/// </summary>
public sealed class DeliveriesModel(PortalPartners partners, DeliveryCalendar calendar, Database database,
    IOptions<IngestionOptions> options, TimeProvider clock) : PageModel
{
    public const int PageSize = 25;

    private const string SelectDeliveries = """
        SELECT d.id AS Id, d.partner_id AS PartnerId, p.name AS Partner, d.period AS Period, d.status AS Status,
               d.received_at AS ReceivedAt, d.file_name AS FileName, d.source AS Source, d.rows_read AS RowsRead, d.rows_rejected AS RowsRejected
        FROM deliveries d JOIN partners p ON p.id = d.partner_id
        """;

    [BindProperty(Name = "partner", SupportsGet = true)]
    public string? PartnerId { get; set; }

    public Partner? Partner { get; private set; }

    public IReadOnlyList<Partner> Partners { get; private set; } = [];

    public FormErrors Errors { get; } = new();

    public IReadOnlyList<DeliveryLine> Lines { get; private set; } = [];

    public int Total { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public Period CurrentPeriod { get; private set; }

    public DateOnly CurrentDeadline => CurrentPeriod.DeadlineDay(options.Value.DeadlineDay);

    /// <summary>The chosen partner's standing for the current month, with the reminder and the late flag the calendar jobs recorded.</summary>
    public CalendarEntry? CurrentStanding { get; private set; }

    public async Task OnGetAsync(int pagina, CancellationToken ct)
    {
        CurrentPeriod = DeliveryDeadline.CurrentPeriod(clock);
        Partners = await partners.ChoosableAsync(HttpContext, ct);
        Partner = await partners.ResolveAsync(HttpContext, PartnerId, ct);
        if (Partner is null && !string.IsNullOrWhiteSpace(PartnerId))
            Errors.Add("partner", "Deze partner is niet bekend. Kies een partner uit de lijst.");
        var scope = Partner?.Id ?? partners.Scope(HttpContext);
        var filter = scope is null ? "" : " WHERE d.partner_id = @Scope";

        Total = await database.ReadAsync(c => c.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COUNT(*) FROM deliveries d" + filter, new { Scope = scope }, cancellationToken: ct)), ct);
        PageNumber = Math.Clamp(pagina, 1, PageCount);
        var rows = await database.ReadAsync(c => c.QueryAsync<DeliveryRow>(new CommandDefinition(
            database.Dialect.Page(SelectDeliveries + filter + " ORDER BY d.period DESC, d.received_at DESC, d.id"),
            new { Scope = scope, Skip = (PageNumber - 1) * PageSize, Take = PageSize }, cancellationToken: ct)), ct);

        var standing = new Dictionary<(Guid, string), CalendarEntry>();
        foreach (var period in rows.Select(r => r.Period).Distinct())
            if (Period.TryParse(period, out var month, out _))
                foreach (var entry in await calendar.ForPeriodAsync(month, scope, ct))
                    standing[(entry.PartnerId, period)] = entry;
        Lines = [.. rows.Select(r => new DeliveryLine(r, standing.GetValueOrDefault((r.PartnerId, r.Period))))];

        if (Partner is not null)
            CurrentStanding = await calendar.ForPeriodAsync(CurrentPeriod, Partner.Id, ct) is [var entry, ..] ? entry : null;
    }

    /// <summary>The deadline day of the delivery's month (the calendar's, else the configured day of that month).</summary>
    public string DeadlineOf(DeliveryLine line) =>
        line.Standing is { } standing ? Labels.Date(standing.DeadlineDay)
        : Period.TryParse(line.Delivery.Period, out var month, out _) ? Labels.Date(month.DeadlineDay(options.Value.DeadlineDay)) : "";

    public string PageLink(int page) => $"/leveringen?partner={Partner?.Id}&pagina={page}";

    /// <summary>One delivery with its month's deadline and standing; <see cref="Standing"/> is null for a partner registered after it.</summary>
    public sealed record DeliveryLine(DeliveryRow Delivery, CalendarEntry? Standing)
    {
        public string PeriodLabel => Period.TryParse(Delivery.Period, out var month, out _) ? Labels.Period(month) : Delivery.Period;
    }

    public sealed class DeliveryRow
    {
        public Guid Id { get; init; }
        public Guid PartnerId { get; init; }
        public string Partner { get; init; } = "";
        public string Period { get; init; } = "";
        public string Status { get; init; } = "";
        public DateTime ReceivedAt { get; init; }
        public string? FileName { get; init; }
        public string Source { get; init; } = "";
        public int RowsRead { get; init; }
        public int RowsRejected { get; init; }
    }
}
