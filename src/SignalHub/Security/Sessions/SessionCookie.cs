using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using SignalHub.Security.Access;
using SignalHub.Security.Accounts;

namespace SignalHub.Security.Sessions;

/// <summary>
/// The portal cookie as a handle on a server-side session: signing in starts a <c>portal_sessions</c> row and puts its
/// id and the user's security stamp in the cookie; every request checks both against the database (at most once a
/// minute per session, <see cref="SessionCheckCache"/>); signing out ends the row. A cookie whose session is unknown
/// here (another installation's, or a user this installation does not have) is refused and deleted.
/// </summary>
public static class SessionCookie
{
    public const string SessionIdClaim = "sid";
    public const string StampClaim = "stamp";

    public static async Task SignInAsync(HttpContext http, UserAccount user)
    {
        var services = http.RequestServices;
        var options = services.GetRequiredService<IOptions<AccountOptions>>().Value;
        var expires = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime.AddHours(options.SessionAbsoluteHours);
        var addressKey = services.GetRequiredService<SourceAddress>().KeyOf(http);
        var sessionId = await services.GetRequiredService<PortalSessionStore>().StartAsync(user.Id, expires, addressKey, http.RequestAborted);
        var identity = PortalClaims.IdentityOf(user, PortalAuthentication.Scheme);
        identity.AddClaim(new Claim(SessionIdClaim, sessionId.ToString()));
        identity.AddClaim(new Claim(StampClaim, user.SecurityStamp));
        await http.SignInAsync(PortalAuthentication.Scheme, new ClaimsPrincipal(identity));
    }

    public static async Task SignOutAsync(HttpContext http)
    {
        var current = await http.AuthenticateAsync(PortalAuthentication.Scheme);
        if (current.Succeeded && Guid.TryParse(current.Principal.FindFirstValue(SessionIdClaim), out var sessionId))
            await http.RequestServices.GetRequiredService<PortalSessionStore>().EndAsync(sessionId, SessionEnd.SignOut, http.RequestAborted);
        await http.SignOutAsync(PortalAuthentication.Scheme);
    }

    /// <summary>The cookie handler's <c>OnValidatePrincipal</c>.</summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        if (principal is null
            || !Guid.TryParse(principal.FindFirstValue(SessionIdClaim), out var sessionId)
            || !Guid.TryParse(principal.FindFirstValue(PortalClaims.UserId), out var userId)
            || principal.FindFirstValue(StampClaim) is not { } stamp)
        {
            await RefuseAsync(context, "carries no session");
            return;
        }
        var services = context.HttpContext.RequestServices;
        var checks = services.GetRequiredService<SessionCheckCache>();
        if (checks.IsFresh(sessionId, userId, stamp))
            return;
        var sessions = services.GetRequiredService<PortalSessionStore>();
        var ct = context.HttpContext.RequestAborted;
        var state = await sessions.FindAsync(sessionId, ct);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var refusal = state switch
        {
            null => "is not a session of this installation",
            { SecurityStamp: null } => "belongs to a user this installation does not have",
            _ when state.UserId != userId => "belongs to another user",
            { EndedAt: not null } => "was ended",
            _ when state.ExpiresAt <= now => "passed its absolute lifetime",
            _ when state.SecurityStamp != stamp => "was made under an older security stamp",
            _ => null,
        };
        if (refusal is null)
        {
            await sessions.SeenAsync(sessionId, ct);
            checks.Remember(sessionId, userId, stamp, state!.ExpiresAt);
            return;
        }
        if (state is { EndedAt: null, SecurityStamp: not null } && state.UserId == userId)
            await sessions.EndAsync(sessionId, state.ExpiresAt <= now ? SessionEnd.Expired : SessionEnd.StaleStamp, ct);
        await RefuseAsync(context, refusal);
    }

    private static async Task RefuseAsync(CookieValidatePrincipalContext context, string why)
    {
        context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SessionCookie))
            .LogInformation("Portal cookie refused: its session {Why}", why);
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(PortalAuthentication.Scheme);
    }
}
