using System.Security.Claims;

namespace SignalHub.Security.Accounts;

/// <summary>The claims a signed-in portal user carries, and the scope read from them.</summary>
public static class PortalClaims
{
    public const string UserId = "user_id";
    public const string PartnerId = Partners.PartnerApiKeyHandler.PartnerIdClaim;
    public const string Team = "team";

    public static ClaimsIdentity IdentityOf(UserAccount user, string scheme)
    {
        var claims = new List<Claim>
        {
            new(UserId, user.Id.ToString()),
            new(ClaimTypes.Name, user.Name),
            new(ClaimTypes.Role, user.Role),
        };
        if (user.PartnerId is { } partner)
            claims.Add(new Claim(PartnerId, partner.ToString()));
        if (user.Team is { } team)
            claims.Add(new Claim(Team, team));
        return new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role);
    }

    /// <summary>The partner organisation a partner user is bound to; null for every other role.</summary>
    public static Guid? ScopedPartner(this ClaimsPrincipal user) =>
        user.IsInRole(PortalRoles.Partner) && Guid.TryParse(user.FindFirstValue(PartnerId), out var id) ? id : null;

    /// <summary>The team a wijkteam worker is bound to; null for every other role.</summary>
    public static string? ScopedTeam(this ClaimsPrincipal user) =>
        user.IsInRole(PortalRoles.Wijkteam) ? user.FindFirstValue(Team) ?? "" : null;
}
