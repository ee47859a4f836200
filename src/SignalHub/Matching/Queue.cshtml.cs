using Microsoft.AspNetCore.Mvc.RazorPages;
using SignalHub.Portal;
using SignalHub.Storage;

namespace SignalHub.Matching;

/// <summary>SDV's triage queue: the period's matches ordered by priority, reasons visible.</summary>
public sealed class QueueModel(MatchQuery matches, Database database, TimeProvider clock) : PageModel
{
    public string PeriodLabel { get; private set; } = "";
    public IReadOnlyList<MatchView> Matches { get; private set; } = [];

    public async Task OnGetAsync(string? periode, CancellationToken ct)
    {
        var period = await PortalPeriod.ResolveAsync(database, clock, periode, ct);
        PeriodLabel = Labels.Period(period);
        Matches = [.. (await matches.ListAsync(period, ct)).Where(m => m.Signals.Count > 0)];
    }
}
