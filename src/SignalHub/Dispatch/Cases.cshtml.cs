using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SignalHub.Domain.Outreach;
using SignalHub.Domain.Routing;
using SignalHub.Outreach;
using SignalHub.Portal;
using SignalHub.Security.Accounts;

namespace SignalHub.Dispatch;

/// <summary>
/// "Mijn zaken": the cases of the worker's team (a wijkteam worker sees only the own team's, a budget coach only the cases
/// routed to the budget coach; others may choose a team),
/// open cases first, the most urgent first and then the earliest deadline, at-risk and overdue marked, a page at a time.
/// </summary>
public sealed class CasesModel(WorkListQuery work) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(Name = "status", SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(Name = "aandacht", SupportsGet = true)]
    public bool AttentionOnly { get; set; }

    [BindProperty(Name = "team", SupportsGet = true)]
    public string? Team { get; set; }

    [BindProperty(Name = "pagina", SupportsGet = true)]
    public int? PageNumber { get; set; }

    /// <summary>The wijkteam worker's own team; null for the roles that see every team.</summary>
    public string? ScopedTeam { get; private set; }

    /// <summary>The budget coach's own route: "mijn zaken" are the cases routed to the budget coach, not every team's.</summary>
    public string? ScopedRoute { get; private set; }

    public IReadOnlyList<string> Teams { get; private set; } = [];
    public IReadOnlyList<WorkListItem> Cases { get; private set; } = [];
    public Pager? Pager { get; private set; }

    public static IReadOnlyList<CaseStage> Stages => CaseStages.All;

    public async Task OnGetAsync(CancellationToken ct)
    {
        ScopedTeam = User.ScopedTeam();
        ScopedRoute = User.IsInRole(PortalRoles.BudgetCoach) ? Domain.Routing.Route.Budgetcoach.ToCode() : null;
        if (ScopedTeam is null && ScopedRoute is null)
            Teams = await work.TeamsAsync(ct);
        var status = CaseStages.TryParse(Status, out var stage, out _) ? stage.ToCode() : null;
        Status = status;
        var team = ScopedTeam ?? (ScopedRoute is not null || string.IsNullOrWhiteSpace(Team) ? null : Team.Trim());
        var page = Math.Max(1, PageNumber ?? 1);
        var (cases, hasMore) = await work.PageAsync(new WorkListFilter(team, status, AttentionOnly, ScopedRoute), page, PageSize, ct);
        Cases = cases;
        if (page > 1 || hasMore)
            Pager = new Pager(page, hasMore ? page + 1 : page, Link);
    }

    private string Link(int page) => "/zaken" + QueryString.Create(new Dictionary<string, string?>
    {
        ["status"] = Status,
        ["aandacht"] = AttentionOnly ? "true" : null,
        ["team"] = ScopedTeam is null && ScopedRoute is null ? Team : null,
        ["pagina"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value)));
}
