using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SignalHub.Domain.Addresses;
using SignalHub.Domain.Values;
using SignalHub.Portal;
using SignalHub.Security.Audit;

namespace SignalHub.Registers;

/// <summary>
/// The debt-service (SDV) client list that routing checks each match against: paged, one client added or removed, or
/// the whole list replaced by a CSV through the same import as <c>signalhub sdv-clients import</c> (<see cref="RegisterPageModel"/>).
/// </summary>
[FileUploadLimit]
public sealed class SdvClientsPageModel(SdvClientList clients, SdvClientsRegister register, AuditLog audit) : RegisterPageModel(register, audit)
{
    public const int PageSize = 50;

    public IReadOnlyList<SdvClientRow> Clients { get; private set; } = [];
    public int Total { get; private set; }
    public Pager? Pager { get; private set; }

    [BindProperty] public string? Dossier { get; set; }
    [BindProperty] public string? Achternaam { get; set; }
    [BindProperty] public string? Geboortedatum { get; set; }
    [BindProperty] public string? Postcode { get; set; }
    [BindProperty] public string? Huisnummer { get; set; }
    [BindProperty] public string? Huisletter { get; set; }
    [BindProperty] public string? Toevoeging { get; set; }
    [BindProperty] public string? Consulent { get; set; }

    protected override RegisterWords Words { get; } = new("de cliëntenlijst", "de lijst is ongewijzigd", "sdv-clients.import", "sdv-clients");

    public async Task OnGetAsync(int pagina, CancellationToken ct) => await LoadAsync(pagina, ct);

    public async Task<IActionResult> OnPostToevoegenAsync(CancellationToken ct)
    {
        var client = Validate();
        if (client is not null)
            try
            {
                var added = await clients.AddAsync(client, ct);
                await Audit.RecordChangeAsync(HttpContext, "sdv-client.add", "sdv-client", added.Id.ToString(), $"case reference {added.CaseReference}");
                Outcome = $"Cliënt met dossiernummer {added.CaseReference} is toegevoegd.";
                return RedirectToPage();
            }
            catch (DuplicateSdvClientException)
            {
                Errors.Add("dossier", $"Dossiernummer {client.CaseReference} staat al op de lijst.");
            }
        await LoadAsync(1, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostVerwijderenAsync(Guid id, CancellationToken ct)
    {
        if (await clients.RemoveAsync(id, ct) is { } reference)
        {
            await Audit.RecordChangeAsync(HttpContext, "sdv-client.remove", "sdv-client", id.ToString(), $"case reference {reference}");
            Outcome = $"Cliënt met dossiernummer {reference} is van de lijst gehaald.";
        }
        else
            Outcome = "Deze cliënt staat niet (meer) op de lijst.";
        return RedirectToPage();
    }

    /// <summary>"1011AB 12A-2" from the stored key "1011AB-12-A-2".</summary>
    public static string Address(string key) => key.Split('-') is [var postcode, var number, var letter, var addition]
        ? $"{postcode} {number}{letter}{(addition.Length > 0 ? "-" + addition : "")}"
        : key;

    private NewSdvClient? Validate()
    {
        if (string.IsNullOrWhiteSpace(Dossier) || Dossier.Trim().Length > 100)
            Errors.Add("dossier", "Vul het dossiernummer van schuldhulp in (ten hoogste 100 tekens).");
        if (string.IsNullOrWhiteSpace(Achternaam) || Achternaam.Trim().Length > 200)
            Errors.Add("achternaam", "Vul de achternaam in (ten hoogste 200 tekens).");
        DateOnly? born = null;
        if (!string.IsNullOrWhiteSpace(Geboortedatum))
        {
            if (DutchDate.TryParse(Geboortedatum, out var date, out _))
                born = date;
            else
                Errors.Add("geboortedatum", "Vul de geboortedatum in als dag-maand-jaar, bijvoorbeeld 31-12-1980, of laat het veld leeg.");
        }
        var address = AddressNormalizer.Normalize(new AddressInput(null, Huisnummer, Huisletter, Toevoeging, Postcode));
        if (address.Error is { } bad)
            Errors.Add(bad.Field switch
            {
                AddressFields.Postcode => "postcode",
                AddressFields.HouseLetter => "huisletter",
                AddressFields.Addition => "toevoeging",
                _ => "huisnummer",
            }, bad.Field switch
            {
                AddressFields.Postcode => "Vul een geldige postcode in, bijvoorbeeld 1011 AB.",
                AddressFields.HouseLetter => "Een huisletter is één letter, bijvoorbeeld A.",
                AddressFields.Addition => "Een toevoeging is ten hoogste vier letters of cijfers, bijvoorbeeld 2 of BIS.",
                _ => "Vul het huisnummer in, bijvoorbeeld 12.",
            });
        if (Consulent is { Length: > 200 })
            Errors.Add("consulent", "De naam van de consulent is te lang: ten hoogste 200 tekens.");
        return Errors.Any ? null : new NewSdvClient(Dossier!.Trim(), Achternaam!.Trim(), born, address.Address!.Value.Key,
            string.IsNullOrWhiteSpace(Consulent) ? null : Consulent.Trim());
    }

    protected override Task ShowAsync(CancellationToken ct) => LoadAsync(1, ct);

    private async Task LoadAsync(int page, CancellationToken ct)
    {
        var current = Math.Max(1, page);
        (Clients, Total) = await clients.PageAsync(current, PageSize, ct);
        var count = Math.Max(1, (Total + PageSize - 1) / PageSize);
        if (current > count && Total > 0)
            (Clients, _) = await clients.PageAsync(current = count, PageSize, ct);
        Pager = count > 1 ? new Pager(current, count, n => $"/beheer/sdv-clienten?pagina={n}") : null;
    }
}
