using SignalHub.Partners;
using SignalHub.Security.Accounts;

namespace SignalHub.Portal;

/// <summary>
/// The partner a partner page acts for, from the signed-in user: a partner user acts only for its own organisation
/// (<see cref="PortalClaims.ScopedPartner"/>); a coordinator or administrator may look at every partner's deliveries.
/// </summary>
public sealed class PortalPartners(PartnerStore partners)
{
    /// <summary>The partners the current user may act for: a partner user only its own.</summary>
    public async Task<IReadOnlyList<Partner>> ChoosableAsync(HttpContext http, CancellationToken ct) =>
        http.User.ScopedPartner() is { } own
            ? (await partners.FindAsync(own, ct) is { } partner ? [partner] : [])
            : await partners.ListAsync(ct);

    /// <summary>
    /// The partner named by <paramref name="requested"/> (a partner id), or null when it names none the user may act
    /// for. A partner user who names nothing acts for its own organisation; naming another gives null.
    /// </summary>
    public async Task<Partner?> ResolveAsync(HttpContext http, string? requested, CancellationToken ct)
    {
        var own = http.User.ScopedPartner();
        if (own is { } scoped && string.IsNullOrWhiteSpace(requested))
            return await partners.FindAsync(scoped, ct);
        if (!Guid.TryParse(requested, out var id) || (own is not null && own != id))
            return null;
        return await partners.FindAsync(id, ct);
    }

    /// <summary>The partner whose deliveries the user may see; null sees every partner's (coordinator, administrator).</summary>
    public Guid? Scope(HttpContext http) => http.User.ScopedPartner();
}
