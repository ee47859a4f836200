using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SignalHub.Portal;
using SignalHub.Security.Accounts;

namespace SignalHub.Outreach;

/// <summary>
/// The printable visit list of a day: the open cases of the worker's team (a coordinator: every team, or one chosen) that
/// still need a home visit, with the door, the priority, what the outreach rule still needs and the deadline.
/// </summary>
public sealed class VisitListModel(WorkListQuery work, TimeProvider clock) : PageModel
{
    [BindProperty(Name = "datum", SupportsGet = true)]
    public string? DateText { get; set; }

    [BindProperty(Name = "team", SupportsGet = true)]
    public string? Team { get; set; }

    public DateOnly Day { get; private set; }

    public string? ScopedTeam { get; private set; }

    public IReadOnlyList<string> Teams { get; private set; } = [];

    public IReadOnlyList<VisitListItem> Visits { get; private set; } = [];

    public FormErrors Errors { get; } = new();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Day = AmsterdamTime.Today(clock);
        if (!string.IsNullOrWhiteSpace(DateText))
        {
            if (AmsterdamTime.TryParseDay(DateText, out var day))
                Day = day;
            else
                Errors.Add("datum", $"Vul de datum in als jaar-maand-dag, bijvoorbeeld {Day:yyyy-MM-dd}. De lijst hieronder is van vandaag.");
        }
        DateText = Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        ScopedTeam = User.ScopedTeam();
        if (ScopedTeam is null)
            Teams = await work.TeamsAsync(ct);
        var team = ScopedTeam ?? (string.IsNullOrWhiteSpace(Team) ? null : Team.Trim());
        Visits = await work.VisitListAsync(team, Day, ct);
    }
}
