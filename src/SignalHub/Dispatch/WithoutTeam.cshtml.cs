using Microsoft.AspNetCore.Mvc.RazorPages;
using SignalHub.Matching;
using SignalHub.Portal;

namespace SignalHub.Dispatch;

/// <summary>
/// The coordinator's queue: open cases of every period on route coordinator (no team covers the address, or someone
/// put them there), the earliest deadline first, each linking to its match in triage where it is reassigned.
/// </summary>
public sealed class WithoutTeamModel(CaseQuery cases, TriageDetailQuery detail) : PageModel
{
    public const int PageSize = 50;

    public IReadOnlyList<CaseView> Cases { get; private set; } = [];
    public IReadOnlyDictionary<Guid, MatchAddress> Addresses { get; private set; } = new Dictionary<Guid, MatchAddress>();
    public int Total { get; private set; }
    public Pager? Pager { get; private set; }

    public async Task OnGetAsync(int? pagina, CancellationToken ct)
    {
        var queue = await cases.CoordinatorQueueAsync(ct);
        Total = queue.Count;
        var pages = Math.Max(1, (queue.Count + PageSize - 1) / PageSize);
        var page = Math.Clamp(pagina ?? 1, 1, pages);
        Cases = [.. queue.Skip((page - 1) * PageSize).Take(PageSize)];
        Addresses = await detail.AddressesAsync([.. Cases.Select(k => k.MatchId)], ct);
        if (pages > 1)
            Pager = new Pager(page, pages, p => $"/triage/zonder-team?pagina={p}");
    }
}
