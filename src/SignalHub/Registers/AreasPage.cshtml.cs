using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SignalHub.Domain.Routing;
using SignalHub.Portal;
using SignalHub.Security.Audit;

namespace SignalHub.Registers;

/// <summary>
/// The wijkteams' postcode areas: one range added or removed at a time, or the whole list replaced by a CSV through the
/// same import as <c>signalhub areas import</c> (<see cref="RegisterPageModel"/>). The teams are the distinct teams of the ranges.
/// </summary>
[FileUploadLimit]
public sealed class AreasPageModel(AreaList areas, AreasRegister register, AuditLog audit) : RegisterPageModel(register, audit)
{
    public IReadOnlyList<IGrouping<string, AreaRow>> Teams { get; private set; } = [];

    [BindProperty(Name = "van")]
    public string? From { get; set; }

    [BindProperty(Name = "tot")]
    public string? To { get; set; }

    [BindProperty(Name = "team")]
    public string? Team { get; set; }

    protected override RegisterWords Words { get; } = new("de gebieden", "de gebieden zijn ongewijzigd", "areas.import", "areas");

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostToevoegenAsync(CancellationToken ct)
    {
        var from = Bound("van", From, upper: false);
        var to = Bound("tot", To, upper: true);
        if (from is not null && to is not null && string.CompareOrdinal(from, to) > 0)
            Errors.Add("tot", $"Het gebied loopt achteruit: {from} ligt na {to}. Vul bij 'tot en met' de hoogste postcode in.");
        if (string.IsNullOrWhiteSpace(Team))
            Errors.Add("team", "Vul de naam van het wijkteam in.");
        else if (Team.Trim().Length > AreasRegister.TeamMaxLength)
            Errors.Add("team", $"De naam van het team is te lang: ten hoogste {AreasRegister.TeamMaxLength} tekens.");
        if (Errors.Any)
        {
            await LoadAsync(ct);
            return Page();
        }
        var added = await areas.AddAsync(from!, to!, Team!.Trim(), ct);
        await Audit.RecordChangeAsync(HttpContext, "area.add", "area", added.Id.ToString(), $"{added.PostcodeFrom}-{added.PostcodeTo} -> {added.Team}");
        Outcome = $"Gebied {added.PostcodeFrom} tot en met {added.PostcodeTo} is toegevoegd aan {added.Team}. Het geldt vanaf de volgende uitzetting.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostVerwijderenAsync(Guid id, CancellationToken ct)
    {
        if (await areas.RemoveAsync(id, ct) is { } removed)
        {
            await Audit.RecordChangeAsync(HttpContext, "area.remove", "area", id.ToString(), $"{removed.PostcodeFrom}-{removed.PostcodeTo} -> {removed.Team}");
            Outcome = $"Gebied {removed.PostcodeFrom} tot en met {removed.PostcodeTo} van {removed.Team} is verwijderd.";
        }
        else
            Outcome = "Dit gebied bestaat niet (meer).";
        return RedirectToPage();
    }

    private string? Bound(string field, string? raw, bool upper)
    {
        if (string.IsNullOrWhiteSpace(raw))
            Errors.Add(field, "Vul een postcode in: vier cijfers (1011) voor een hele wijk, of met letters (1011 AB).");
        else if (!Areas.TryParseBound(raw, upper, out var bound, out _))
            Errors.Add(field, $"'{raw.Trim()}' is geen postcode. Vul vier cijfers in (1011) of vier cijfers en twee letters (1011 AB).");
        else
            return bound;
        return null;
    }

    protected override Task ShowAsync(CancellationToken ct) => LoadAsync(ct);

    private async Task LoadAsync(CancellationToken ct) =>
        Teams = [.. (await areas.ListAsync(ct)).GroupBy(a => a.Team, StringComparer.Ordinal)];
}
