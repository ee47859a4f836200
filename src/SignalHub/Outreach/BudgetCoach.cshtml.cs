using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SignalHub.Portal;

namespace SignalHub.Outreach;

/// <summary>
/// The budget coach's list: households reported again (with the earlier match and what became of its case), and the
/// aftercare checks that are due, each with a button to mark it done (<see cref="CaseWork.RecordFollowUpAsync"/>).
/// </summary>
public sealed class BudgetCoachModel(WorkListQuery work, CaseDetailQuery details, CaseWork cases, TimeProvider clock) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(Name = "pagina", SupportsGet = true)]
    public int? PageNumber { get; set; }

    [BindProperty(Name = "nazorg")]
    public Guid FollowUpId { get; set; }

    [BindProperty(Name = "notitie")]
    public string? Note { get; set; }

    [BindProperty(Name = "klaar", SupportsGet = true)]
    public bool Done { get; set; }

    public IReadOnlyList<RecidivistItem> Recidivists { get; private set; } = [];

    public IReadOnlyList<FollowUpView> FollowUps { get; private set; } = [];

    /// <summary>Checks still ahead, for the coach's planning; the 6-month check of help that started today is the furthest.</summary>
    public IReadOnlyList<FollowUpView> Planned { get; private set; } = [];

    public Pager? Pager { get; private set; }

    public FormErrors Errors { get; } = new();

    public DateOnly Today => AmsterdamTime.Today(clock);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var change = await cases.RecordFollowUpAsync(FollowUpId, User.Identity?.Name ?? "", string.IsNullOrWhiteSpace(Note) ? null : Note.Trim(), ct);
        if (change.Refusal is { } refusal)
        {
            Errors.Add("nazorg-" + FollowUpId, refusal.DutchMessage);
            await LoadAsync(ct);
            return Page();
        }
        return RedirectToPage(new { klaar = true });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var page = Math.Max(1, PageNumber ?? 1);
        var (items, hasMore) = await work.RecidivistsAsync(page, PageSize, ct);
        Recidivists = items;
        if (page > 1 || hasMore)
            Pager = new Pager(page, hasMore ? page + 1 : page, p => $"/budgetcoach?pagina={p}");
        var open = await details.DueFollowUpsAsync(Today.AddMonths(6), ct);
        FollowUps = [.. open.Where(f => f.DueOn <= Today)];
        Planned = [.. open.Where(f => f.DueOn > Today)];
    }
}
