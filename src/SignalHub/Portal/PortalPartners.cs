using SignalHub.Partners;

namespace SignalHub.Portal;

/// <summary>
/// The partner a partner page acts for. There is no sign-in yet (the security issue adds it), so today a page
/// names the partner as a parameter (<c>?partner=ID</c> or the form's choice) and every partner may be chosen.
/// Sign-in replaces the parameter here and only here: <see cref="ChoosableAsync"/> then returns the user's own
/// partner, <see cref="ResolveAsync"/> ignores a request for another, and <see cref="Scope"/> limits receipts to it.
/// </summary>
public sealed class PortalPartners(PartnerStore partners)
{
    /// <summary>The partners the current user may act for: for now every registered partner.</summary>
    public Task<IReadOnlyList<Partner>> ChoosableAsync(HttpContext http, CancellationToken ct) => partners.ListAsync(ct);

    /// <summary>The partner named by <paramref name="requested"/> (a partner id), or null when it names none the user may act for.</summary>
    public async Task<Partner?> ResolveAsync(HttpContext http, string? requested, CancellationToken ct) =>
        Guid.TryParse(requested, out var id) ? await partners.FindAsync(id, ct) : null;

    /// <summary>The partner whose deliveries the user may see; null sees every partner's (until sign-in).</summary>
    public Guid? Scope(HttpContext http) => null;
}
