using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using SignalHub.Portal;
using SignalHub.Security.Access;

namespace SignalHub.Security.Accounts;

/// <summary>
/// Step one of signing in: name and password. A right password leads to the code step (or, the first time, to
/// enrolling an authenticator app); a wrong one, an unknown name and a lock all get the one same answer.
/// </summary>
[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class SignInModel(PortalSignIn signIn) : PageModel
{
    [BindProperty(Name = "naam")]
    public string? Name { get; set; }

    [BindProperty(Name = "wachtwoord")]
    public string? Password { get; set; }

    [BindProperty(Name = "ReturnUrl", SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public const string RefusedMessage = "De combinatie van gebruikersnaam en wachtwoord is onjuist. Na te veel mislukte pogingen is aanmelden "
        + "tijdelijk geblokkeerd: probeer het dan later opnieuw, of neem contact op met functioneel beheer.";

    public FormErrors Errors { get; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Name))
            Errors.Add("naam", "Vul uw gebruikersnaam in.");
        if (string.IsNullOrEmpty(Password))
            Errors.Add("wachtwoord", "Vul uw wachtwoord in.");
        if (Errors.Any)
            return Page();

        var (outcome, user) = await signIn.CheckPasswordAsync(Name, Password, Sessions.SourceAddress.Of(HttpContext), ct);
        if (outcome != SignInOutcome.Accepted)
        {
            // One answer for an unknown name, a wrong password and a lock, so none of them tells a name exists.
            Errors.Add("naam", RefusedMessage);
            return Page();
        }
        await HttpContext.SignInAsync(PortalAuthentication.PendingScheme,
            new System.Security.Claims.ClaimsPrincipal(PortalClaims.IdentityOf(user!, PortalAuthentication.PendingScheme)));
        return RedirectToPage("/Security/Accounts/SecondFactor", new { ReturnUrl });
    }
}
