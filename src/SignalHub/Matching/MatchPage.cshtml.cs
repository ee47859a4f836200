using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SignalHub.Dispatch;
using SignalHub.Domain.Outreach;
using SignalHub.Domain.Routing;
using SignalHub.Portal;
using SignalHub.Security.Access;
using SignalHub.Security.Accounts;
using Route = SignalHub.Domain.Routing.Route;

namespace SignalHub.Matching;

/// <summary>
/// One match in triage: the address, its persons and signals, history, priority, recidivism, possibly-moved links,
/// and the case it led to with its routing decisions and SDV hit. SDV confirms or rejects the hit; a coordinator
/// reassigns the case. Every change goes through <see cref="CaseRouting"/>, which records who, when and why.
/// </summary>
public sealed class MatchPageModel(MatchQuery matches, TriageDetailQuery detail, CaseQuery cases, RoutingDecisionQuery decisions,
    CaseRouting routing) : PageModel
{
    public MatchView Match { get; private set; } = null!;
    public IReadOnlyList<MatchEventView> History { get; private set; } = [];
    public CaseView? Case { get; private set; }
    public IReadOnlyList<RoutingDecisionView> Decisions { get; private set; } = [];
    public IReadOnlyList<string> Teams { get; private set; } = [];
    public FormErrors Errors { get; } = new();

    /// <summary>Why the last change was refused (a closed or vanished case), in Dutch.</summary>
    public string? Refusal { get; private set; }

    /// <summary>What the last change did, from the redirect after it: <c>bevestigd</c>, <c>afgewezen</c>, <c>toegewezen</c>.</summary>
    [BindProperty(Name = "besluit", SupportsGet = true)]
    public string? Done { get; set; }

    [BindProperty(Name = "afwijsreden")]
    public string? RejectReason { get; set; }

    [BindProperty(Name = "route")]
    public string? RouteCode { get; set; }

    [BindProperty(Name = "team")]
    public string? Team { get; set; }

    [BindProperty(Name = "toewijsreden")]
    public string? ReassignReason { get; set; }

    /// <summary>What the summary at the top of the page lists: a refused decision, and the forms' errors.</summary>
    public FormErrors PageErrors
    {
        get
        {
            var refusal = new FormErrors();
            if (Refusal is { } message)
                refusal.Refuse("", message);
            return FormErrors.Of(refusal, Errors);
        }
    }

    public bool MayReassign => User.IsInRole(PortalRoles.Coordinator);

    /// <summary>Only an open hit of an open case is judged; once confirmed or rejected the buttons give way to the decision.</summary>
    public bool MayJudgeHit => Case is { KnownClient.Status: HitStatus.Open } k && k.Status != CaseStage.Closed.ToCode();

    public static IEnumerable<Route> Routes => Enum.GetValues<Route>();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostBevestigenAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || Case is null)
            return NotFound();
        return await ChangedAsync(id, await routing.ConfirmKnownClientAsync(Case.Id, By, ct), "bevestigd", ct);
    }

    public async Task<IActionResult> OnPostAfwijzenAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || Case is null)
            return NotFound();
        if (string.IsNullOrWhiteSpace(RejectReason))
            Errors.Add("afwijsreden", "Vul in waarom dit huishouden niet bekend is bij SDV.");
        else if (RejectReason.Trim().Length > RoutingWrites.ReasonMaxLength)
            Errors.Add("afwijsreden", $"Houd de reden korter dan {RoutingWrites.ReasonMaxLength} tekens.");
        if (Errors.Any)
            return Page();
        return await ChangedAsync(id, await routing.RejectKnownClientAsync(Case.Id, By, RejectReason!, ct), "afgewezen", ct);
    }

    public async Task<IActionResult> OnPostToewijzenAsync(Guid id, CancellationToken ct)
    {
        // Only a coordinator moves a case at will; SDV judges its hit and nothing else.
        if (!MayReassign)
            return Forbid(PortalAuthentication.Scheme);
        if (!await LoadAsync(id, ct) || Case is null)
            return NotFound();
        if (!Domain.Routing.Routes.TryParse(RouteCode, out var route))
            Errors.Add("route", "Kies een route.");
        var team = string.IsNullOrWhiteSpace(Team) ? null : Team.Trim();
        if (route == Route.Wijkteam && (team is null || !Teams.Contains(team, StringComparer.Ordinal)))
            Errors.Add("team", "Kies het wijkteam dat de zaak krijgt.");
        if (string.IsNullOrWhiteSpace(ReassignReason))
            Errors.Add("toewijsreden", "Vul in waarom de zaak naar deze route gaat.");
        else if (ReassignReason.Trim().Length > RoutingWrites.ReasonMaxLength)
            Errors.Add("toewijsreden", $"Houd de reden korter dan {RoutingWrites.ReasonMaxLength} tekens.");
        if (Errors.Any)
            return Page();
        // The team list belongs to wijkteams: the other routes keep their own team.
        var change = await routing.ReassignAsync(Case.Id, route, route == Route.Wijkteam ? team : null, By, ReassignReason!, ct);
        return await ChangedAsync(id, change, "toegewezen", ct);
    }

    private string By => User.Identity?.Name ?? "onbekend";

    private async Task<IActionResult> ChangedAsync(Guid id, RoutingChange change, string done, CancellationToken ct)
    {
        if (change.Outcome == RoutingChangeOutcome.Done)
            return RedirectToPage(new { id, besluit = done });
        Refusal = Labels.RoutingRefusal(change.Outcome);
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await matches.FindAsync(id, ct) is not { } match)
            return false;
        Match = match;
        History = await detail.HistoryAsync(id, ct);
        Teams = await detail.TeamsAsync(ct);
        Case = await detail.CaseIdAsync(id, ct) is { } caseId ? await cases.FindAsync(caseId, ct) : null;
        Decisions = Case is null ? await decisions.ForMatchAsync(id, ct) : await decisions.ForCaseAsync(Case.Id, ct);
        return true;
    }

    public string? Confirmation => Done switch
    {
        "bevestigd" => "De hit is bevestigd: het huishouden is bekend bij SDV en de zaak ligt bij SDV.",
        "afgewezen" => "De hit is afgewezen: de zaak is uitgezet alsof het huishouden niet bekend is bij SDV.",
        "toegewezen" => "De zaak is opnieuw toegewezen.",
        _ => null,
    };
}
