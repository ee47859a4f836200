using System.Net.Mail;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SignalHub.Domain.Vocabulary;
using SignalHub.Portal;
using SignalHub.Security.Audit;

namespace SignalHub.Partners;

/// <summary>
/// The registered partners, and a new one registered through the same store as <c>signalhub partner add</c>, with the
/// cost types of its type. Its first API key is shown once, in the answer to the form, and never stored in clear.
/// </summary>
public sealed class PartnersPageModel(PartnerStore partners, IOptions<PartnerTypeOptions> types, AuditLog audit) : PageModel
{
    public IReadOnlyList<Partner> Partners { get; private set; } = [];

    /// <summary>The types this municipality registers: the statutory four and the experiments it enabled.</summary>
    public IReadOnlyList<PartnerType> Types => [.. PartnerTypes.All.Where(types.Value.Allows)];

    [BindProperty] public string? Naam { get; set; }
    [BindProperty] public string? Soort { get; set; }
    [BindProperty] public string? Contactpersoon { get; set; }
    [BindProperty] public string? Email { get; set; }

    public FormErrors Errors { get; } = new();

    /// <summary>The partner just registered and its first API key: shown in this one answer only.</summary>
    public (Partner Partner, string ApiKey)? Added { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Partners = await partners.ListAsync(ct);

    // Not redirected: the first API key must be shown once and must not travel in a cookie to a next page.
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var request = Validate();
        if (request is not null)
            try
            {
                Added = await partners.AddAsync(request, ct);
                await audit.RecordChangeAsync(HttpContext, "partner.add", "partner", Added.Value.Partner.Id.ToString(),
                    $"{request.Name} ({request.Type}: {string.Join(",", request.CostTypes)})");
                (Naam, Soort, Contactpersoon, Email) = (null, null, null, null);
            }
            catch (DuplicatePartnerException)
            {
                Errors.Add("naam", $"Er is al een partner met de naam {request.Name}. Kies een andere naam.");
            }
        Partners = await partners.ListAsync(ct);
        return Page();
    }

    public static string TypeLabel(string code) => PartnerTypes.TryParse(code, out var type, out _) ? Label(type) : code;

    /// <summary>"Drinkwaterbedrijf (Water)": the word people use, with the value of the DDAS standard's EnumSignaalpartner.</summary>
    public static string Label(PartnerType type) => $"{type.DutchLabel()} ({type.ToDdas()})";

    private NewPartner? Validate()
    {
        if (string.IsNullOrWhiteSpace(Naam) || Naam.Trim().Length > 200)
            Errors.Add("naam", "Vul de naam van de partner in (ten hoogste 200 tekens).");
        PartnerType? type = null;
        if (!PartnerTypes.TryParse(Soort, out var parsed, out _) || !types.Value.Allows(parsed))
            Errors.Add("soort", "Kies het soort partner uit de lijst.");
        else
            type = parsed;
        if (Contactpersoon is { Length: > 200 })
            Errors.Add("contactpersoon", "De naam van de contactpersoon is te lang: ten hoogste 200 tekens.");
        if (!string.IsNullOrWhiteSpace(Email) && (Email.Length > 254 || !MailAddress.TryCreate(Email.Trim(), out _)))
            Errors.Add("email", "Vul een geldig e-mailadres in, bijvoorbeeld naam@corporatie.nl, of laat het veld leeg.");
        if (Errors.Any)
            return null;
        return new NewPartner(Naam!.Trim(), type!.Value.ToCode(), [.. type.Value.DefaultCostTypes().Select(c => c.ToCode())],
            string.IsNullOrWhiteSpace(Contactpersoon) ? null : Contactpersoon.Trim(), string.IsNullOrWhiteSpace(Email) ? null : Email.Trim());
    }
}
