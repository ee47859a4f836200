using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SignalHub.Security.Access;

namespace SignalHub.Security.Accounts;

/// <summary>Signing out is a form post (with its antiforgery token), so another site cannot sign a user out with a link.</summary>
public sealed class SignOutModel : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // Ends the session on the server too: a copy of the cookie is worth nothing after this.
        await Sessions.SessionCookie.SignOutAsync(HttpContext);
        await HttpContext.SignOutAsync(PortalAuthentication.PendingScheme);
        return RedirectToPage("/Security/Accounts/SignIn");
    }
}
