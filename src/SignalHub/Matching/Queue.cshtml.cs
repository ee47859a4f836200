using Microsoft.AspNetCore.Mvc.RazorPages;
using SignalHub.Portal;
using SignalHub.Storage;

namespace SignalHub.Matching;

/// <summary>SDV's triage queue: the period's matches ordered by priority, reasons visible, a page at a time.</summary>
public sealed class QueueModel(MatchQuery matches, Database database, TimeProvider clock) : PageModel
{
    /// <summary>Rows per page: a screenful of work; the queue of a large city runs to a hundred thousand matches.</summary>
    public const int PageSize = 50;

    public string PeriodLabel { get; private set; } = "";
    public IReadOnlyList<MatchView> Matches { get; private set; } = [];
    public Pager? Pager { get; private set; }

    public async Task OnGetAsync(string? periode, int? pagina, CancellationToken ct)
    {
        var period = await PortalPeriod.ResolveAsync(database, clock, periode, ct);
        PeriodLabel = Labels.Period(period);
        var page = Math.Max(1, pagina ?? 1);
        var (shown, hasMore) = await matches.PageAsync(period, page, PageSize, ct);
        Matches = shown;
        // Not counting every match keeps the page cheap: the pager knows the pages up to the next one.
        if (page > 1 || hasMore)
            Pager = new Pager(page, hasMore ? page + 1 : page, p => $"/triage?periode={period}&pagina={p}");
    }
}
