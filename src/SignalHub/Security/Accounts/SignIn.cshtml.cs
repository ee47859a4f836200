using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using SignalHub.Portal;
using SignalHub.Security.Access;

namespace SignalHub.Security.Accounts;

/// <summary>
/// Step one of signing in: name and password. A right password leads to the code step (or, the first time, to
/// enrolling an authenticator app); a wrong one says only that the combination is wrong.
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

        var (outcome, user) = await signIn.CheckPasswordAsync(Name, Password, ct);
        switch (outcome)
        {
            case SignInOutcome.Accepted:
                await HttpContext.SignInAsync(PortalAuthentication.PendingScheme,
                    new System.Security.Claims.ClaimsPrincipal(PortalClaims.IdentityOf(user!, PortalAuthentication.PendingScheme)));
                return RedirectToPage("/Security/Accounts/SecondFactor", new { ReturnUrl });
            case SignInOutcome.LockedOut:
                Errors.Add("naam", "Dit account is tijdelijk geblokkeerd na te veel mislukte pogingen. Probeer het later opnieuw of neem contact op met functioneel beheer.");
                return Page();
            default:
                Errors.Add("naam", "De combinatie van gebruikersnaam en wachtwoord is onjuist.");
                return Page();
        }
    }
}
