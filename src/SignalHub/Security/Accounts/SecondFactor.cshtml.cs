using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using SignalHub.Portal;
using SignalHub.Security.Access;

namespace SignalHub.Security.Accounts;

/// <summary>
/// Step two: the six-digit code of the user's authenticator app. A user without a confirmed app (the first
/// sign-in, or after <c>signalhub user reset-totp</c>) sees the secret and its otpauth URI here to enrol it.
/// </summary>
[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class SecondFactorModel(UserStore users, PortalSignIn signIn) : PageModel
{
    [BindProperty(Name = "code")]
    public string? Code { get; set; }

    [BindProperty(Name = "ReturnUrl", SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Shown only while enrolling: the Base32 secret and the URI an app can take it from.</summary>
    public string? Secret { get; private set; }
    public string? SecretUri { get; private set; }

    public FormErrors Errors { get; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await PendingUserAsync(ct) is { } user ? await ShowAsync(user, ct) : RedirectToPage("/Security/Accounts/SignIn");

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await PendingUserAsync(ct) is not { } user)
            return RedirectToPage("/Security/Accounts/SignIn");
        switch (await signIn.CheckCodeAsync(user, Code, Sessions.SourceAddress.Of(HttpContext), ct))
        {
            case SignInOutcome.Accepted:
                await HttpContext.SignOutAsync(PortalAuthentication.PendingScheme);
                await PortalAuthentication.SignInAsync(HttpContext, user);
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : PortalAccess.HomeOf(user.Role));
            case SignInOutcome.LockedOut:
                await HttpContext.SignOutAsync(PortalAuthentication.PendingScheme);
                Errors.Add("code", "Dit account is tijdelijk geblokkeerd na te veel mislukte pogingen. Probeer het later opnieuw.");
                return await ShowAsync(user, ct);
            default:
                Errors.Add("code", "Deze code klopt niet of is verlopen. Vul de zes cijfers in die uw app nu toont.");
                return await ShowAsync(user, ct);
        }
    }

    private async Task<IActionResult> ShowAsync(UserAccount user, CancellationToken ct)
    {
        if (!user.TotpConfirmed)
        {
            Secret = await signIn.EnrolmentSecretAsync(user, ct);
            SecretUri = Totp.Uri(Secret, user.Name);
        }
        return Page();
    }

    private async Task<UserAccount?> PendingUserAsync(CancellationToken ct)
    {
        var pending = await HttpContext.AuthenticateAsync(PortalAuthentication.PendingScheme);
        return pending.Succeeded && Guid.TryParse(pending.Principal.FindFirst(PortalClaims.UserId)?.Value, out var id)
            ? await users.FindAsync(id, ct)
            : null;
    }
}
