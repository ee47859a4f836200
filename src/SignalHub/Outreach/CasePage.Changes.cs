using Microsoft.AspNetCore.Mvc;
using SignalHub.Domain.Outreach;
using SignalHub.Domain.Vocabulary;
using SignalHub.Portal;

namespace SignalHub.Outreach;

/// <summary>Status moves, closing with a result, and the warm hand-over.</summary>
public sealed partial class CasePageModel
{
    [BindProperty(Name = "naar")]
    public string? To { get; set; }

    [BindProperty(Name = "uitkomst")]
    public string? Result { get; set; }

    [BindProperty(Name = "regeling")]
    public List<string> SchemesChosen { get; set; } = [];

    [BindProperty(Name = "hulp")]
    public List<string> HelpChosen { get; set; } = [];

    [BindProperty(Name = "toelichting")]
    public string? ClosingNote { get; set; }

    [BindProperty(Name = "ontvanger")]
    public string? Receiver { get; set; }

    [BindProperty(Name = "ontvangerteam")]
    public string? ReceiverTeam { get; set; }

    [BindProperty(Name = "overdrachtnotitie")]
    public string? HandOverNote { get; set; }

    public FormErrors StatusErrors { get; } = new();

    public FormErrors CloseErrors { get; } = new();

    public FormErrors HandOverErrors { get; } = new();

    public async Task<IActionResult> OnPostStatusAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
            return NotFound();
        if (!CaseStages.TryParse(To, out var to, out _))
        {
            StatusErrors.Add("status", "Kies de nieuwe status.");
            return Page();
        }
        return await AfterAsync(await work.ChangeStatusAsync(Id, to, UserName, ct), StatusErrors, "status", "status", ct, ("status", "statuswijziging"));
    }

    public async Task<IActionResult> OnPostCloseAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
            return NotFound();
        if (!CaseResults.TryParse(Result, out var result, out _))
            CloseErrors.Add("uitkomst", "Kies het eindresultaat van de zaak.");
        var schemes = SchemesChosen.Select(s => Schemes.TryParse(s, out var scheme, out _) ? scheme : (Scheme?)null).ToList();
        var help = HelpChosen.Select(h => HelpKinds.TryParse(h, out var kind, out _) ? kind : (HelpKind?)null).ToList();
        if (schemes.Contains(null) || help.Contains(null))
            CloseErrors.Add("uitkomst", "Kies regelingen en hulp uit de lijst.");
        if (CloseErrors.Any)
            return Page();
        var closing = new ClosingInput(result, [.. schemes.OfType<Scheme>()], [.. help.OfType<HelpKind>()],
            string.IsNullOrWhiteSpace(ClosingNote) ? null : ClosingNote.Trim());
        return await AfterAsync(await work.CloseAsync(Id, closing, UserName, ct), CloseErrors, "afsluiten", "afgesloten", ct, ("afsluiten", "afsluiting"));
    }

    public async Task<IActionResult> OnPostHandOverAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
            return NotFound();
        if (string.IsNullOrWhiteSpace(Receiver))
        {
            HandOverErrors.Add("ontvanger", "Vul in aan wie u de zaak aanbiedt.");
            return Page();
        }
        var handOver = new HandOverInput(Receiver, string.IsNullOrWhiteSpace(ReceiverTeam) ? null : ReceiverTeam,
            string.IsNullOrWhiteSpace(HandOverNote) ? null : HandOverNote.Trim());
        return await AfterAsync(await work.HandOverAsync(Id, handOver, UserName, ct), HandOverErrors, "ontvanger", "overdracht", ct);
    }

    public async Task<IActionResult> OnPostAcceptAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
            return NotFound();
        return await AfterAsync(await work.AcceptHandOverAsync(Id, UserName, ct), HandOverErrors, "overdracht", "overgenomen", ct);
    }

    /// <summary>PRG on success; a refusal is shown in Dutch at the top of the page and beside the form, on the case as it is now.</summary>
    /// <param name="kept">The form to show again with the worker's values, and what it was, when the case closed meanwhile.</param>
    private async Task<IActionResult> AfterAsync(CaseChange change, FormErrors errors, string field, string done, CancellationToken ct,
        (string Form, string What)? kept = null)
    {
        if (change.Refusal is null)
            return Confirmed(done);
        if (!await LoadAsync(ct))
            return NotFound();
        if (kept is not { } form || !ExplainClosedUnder(change.Refusal, form.Form, form.What))
            errors.Refuse(field, change.Refusal.DutchMessage);
        return Page();
    }
}
