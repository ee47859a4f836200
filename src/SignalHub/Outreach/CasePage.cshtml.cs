using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SignalHub.Domain.Outreach;
using SignalHub.Matching;
using SignalHub.Portal;
using SignalHub.Security.Accounts;

namespace SignalHub.Outreach;

/// <summary>
/// One case for the worker at the door: the household's signals, where the case stands, the attempts and what the outreach
/// rule still needs, the history, the hand-over and aftercare; forms to record an attempt, move the status, close with a
/// result and hand over. Every change goes through <see cref="CaseWork"/> with the signed-in user as actor. A wijkteam
/// worker sees only the own team's cases (or one offered to them by name); any other case is not found.
/// </summary>
public sealed partial class CasePageModel(CaseDetailQuery details, MatchQuery matches, CaseWork work, TimeProvider clock) : PageModel
{
    [BindProperty(Name = "id", SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>Set by the redirect after a change: which change was made, for the confirmation.</summary>
    [BindProperty(Name = "klaar", SupportsGet = true)]
    public string? Done { get; set; }

    public CaseDetail Detail { get; private set; } = null!;

    public MatchView? Match { get; private set; }

    public string UserName => User.Identity?.Name ?? "";

    public CaseStage Stage => CaseStages.TryParse(Detail.Status, out var stage, out _) ? stage : CaseStage.Closed;

    public bool IsClosed => Stage == CaseStage.Closed;

    /// <summary>Whether the outreach rule still asks for attempts: not once the case is closed or help was accepted.</summary>
    public bool StillReaching => !IsClosed && Stage != CaseStage.HelpAccepted;

    /// <summary>The moves a worker may make by hand: the flow's next stages, closing aside (that needs a result).</summary>
    public IReadOnlyList<CaseStage> NextStages => [.. CaseFlow.AllowedFrom(Stage).Where(s => s != CaseStage.Closed)];

    public bool CanAccept => Detail.HandOver is { Pending: true } offer && string.Equals(offer.Receiver, UserName, StringComparison.OrdinalIgnoreCase);

    /// <summary>Now in Amsterdam, as a datetime-local field wants it.</summary>
    public string Now => AmsterdamTime.ToLocal(clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public string Confirmation => Done switch
    {
        "poging" => "De contactpoging is vastgelegd.",
        "status" => "De status is gewijzigd.",
        "afgesloten" => "De zaak is afgesloten.",
        "overdracht" => "De zaak is aangeboden voor overdracht.",
        "overgenomen" => "U heeft de zaak overgenomen.",
        _ => "",
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    /// <summary>Reads the case and its match; false when there is none or it lies outside the user's scope.</summary>
    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await details.GetAsync(Id, ct) is not { } detail || !InScope(detail))
            return false;
        Detail = detail;
        Match = await matches.FindAsync(detail.MatchId, ct);
        return true;
    }

    private bool InScope(CaseDetail detail)
    {
        var team = User.ScopedTeam();
        return team is null
            || string.Equals(detail.Team, team, StringComparison.Ordinal)
            || detail.HandOver is { Pending: true } offer && string.Equals(offer.Receiver, UserName, StringComparison.OrdinalIgnoreCase);
    }

    private IActionResult Confirmed(string what) => RedirectToPage(new { id = Id, klaar = what });
}
