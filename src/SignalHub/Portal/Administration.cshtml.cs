using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SignalHub.Portal;

/// <summary>"Beheer": the index of the administration pages the user may open, so <c>/beheer</c> is a page and not a 404.</summary>
public sealed class AdministrationModel : PageModel
{
    public static string Explain(string href) => href switch
    {
        "/beheer/partners" => "de vaste-lastenpartners die aanleveren",
        "/beheer/gebieden" => "welke postcodes bij welk wijkteam horen",
        "/beheer/sdv-clienten" => "de cliënten die SDV al kent",
        "/beheer/gebruikers" => "wie met welke rol in SignalHub werkt",
        "/mislukte-berichten" => "berichten die niet verwerkt konden worden",
        "/audit" => "wie wat wanneer deed of bekeek",
        _ => "",
    };

    public void OnGet()
    {
    }
}
