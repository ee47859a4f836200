using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SignalHub.Portal;

/// <summary>Every error gets a page of its own in Dutch; no stack trace ever reaches a user.</summary>
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "";
    public string Explanation { get; private set; } = "";

    public void OnGet(int code)
    {
        (Title, Explanation) = code switch
        {
            403 => ("Geen toegang", "U heeft geen toegang tot deze pagina. Neem contact op met functioneel beheer als u denkt dat dit niet klopt."),
            404 => ("Pagina niet gevonden", "Deze pagina bestaat niet (meer). Controleer het adres of ga terug naar het overzicht."),
            _ => ("Er ging iets mis", "Er ging iets mis aan onze kant. Probeer het later opnieuw; de fout is vastgelegd."),
        };
        Response.StatusCode = code is >= 400 and < 600 ? code : 500;
    }
}
