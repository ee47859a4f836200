using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SignalHub.Security.Access;
using SignalHub.Security.Accounts;

namespace SignalHub.Portal;

/// <summary>
/// Every error gets a page of its own in Dutch; no stack trace ever reaches a user. Error pages are re-executed
/// with the failed request's method, so a failed form post (a stale form's token, say) lands here as a POST.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "";
    public string Explanation { get; private set; } = "";

    /// <summary>Where the way out leads: the signed-in user's own start page (one the role may open), else sign-in.</summary>
    public string HomeHref => Role is { } role ? PortalAccess.HomeOf(role) : "/inloggen";

    public string HomeLabel => Role is null ? "Naar inloggen" : "Naar uw startpagina";

    private string? Role => User.Identity?.IsAuthenticated == true ? PortalRoles.All.FirstOrDefault(User.IsInRole) : null;

    // The code comes from the route, not from model binding: a re-executed POST whose body could not be read (a broken
    // multipart form) must not be read again here, or the page would fail to bind and answer 500.
    public void OnGet()
    {
        var code = int.TryParse(RouteData.Values["code"]?.ToString(), out var fromRoute) ? fromRoute : 500;
        (Title, Explanation) = code switch
        {
            400 => ("Verzoek niet verwerkt", "Het formulier of verzoek kon niet worden verwerkt, bijvoorbeeld omdat de pagina te lang openstond. Laad de pagina opnieuw en probeer het nog eens."),
            403 => ("Geen toegang", "U heeft geen toegang tot deze pagina. Neem contact op met functioneel beheer als u denkt dat dit niet klopt."),
            404 => ("Pagina niet gevonden", "Deze pagina bestaat niet (meer). Controleer het adres of ga naar uw startpagina."),
            429 => ("Te veel pogingen", "U heeft het te vaak achter elkaar geprobeerd. Wacht een minuut en probeer het dan opnieuw."),
            413 => ("Bestand te groot", "Het bestand is groter dan SignalHub aanneemt. Splits het bestand of vraag functioneel beheer om de grens te verhogen."),
            _ => ("Er ging iets mis", "Er ging iets mis aan onze kant. Probeer het later opnieuw; de fout is vastgelegd."),
        };
        Response.StatusCode = code is >= 400 and < 600 ? code : 500;
    }

    public void OnPost() => OnGet();
}
