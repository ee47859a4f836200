using Microsoft.AspNetCore.Mvc.RazorPages;
using SignalHub.Portal;
using SignalHub.Security.Accounts;
using SignalHub.Storage;

namespace SignalHub.Dispatch;

/// <summary>The period's cases with their route, team, status and deadline.</summary>
public sealed class CasesModel(CaseQuery cases, Database database, TimeProvider clock) : PageModel
{
    public string PeriodLabel { get; private set; } = "";
    public IReadOnlyList<CaseView> Cases { get; private set; } = [];

    public async Task OnGetAsync(string? periode, CancellationToken ct)
    {
        var period = await PortalPeriod.ResolveAsync(database, clock, periode, ct);
        PeriodLabel = Labels.Period(period);
        // A wijkteam worker sees only the cases of the own team.
        var team = User.ScopedTeam();
        Cases = [.. (await cases.ListAsync(period, ct)).Where(k => team is null || string.Equals(k.Team, team, StringComparison.Ordinal))];
    }
}
