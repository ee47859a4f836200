using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SignalHub.Security.Accounts;
using SignalHub.Security.Audit;

namespace SignalHub.Partners;

/// <summary>
/// A partner user's own API keys, through the same store as <c>/api/v1/keys</c>: listed without the keys themselves,
/// a new one shown once, one revoked. Another partner's key id is not found.
/// </summary>
public sealed class ApiKeysPageModel(PartnerStore partners, AuditLog audit) : PageModel
{
    public IReadOnlyList<ApiKeyInfo> Keys { get; private set; } = [];

    /// <summary>The key just created: shown in this one answer only.</summary>
    public NewApiKey? Created { get; private set; }

    [TempData]
    public string? Outcome { get; set; }

    private Guid PartnerId => User.ScopedPartner() ?? throw new InvalidOperationException("the api-keys page is for partner users only");

    public async Task OnGetAsync(CancellationToken ct) => Keys = await partners.ListKeysAsync(PartnerId, ct);

    // Not redirected: the key must be shown once and must not travel in a cookie to a next page.
    public async Task<IActionResult> OnPostMakenAsync(CancellationToken ct)
    {
        Created = await partners.CreateKeyAsync(PartnerId, ct);
        await audit.RecordChangeAsync(HttpContext, "api-key.create", "api-key", Created.Id.ToString(), $"partner {PartnerId}, prefix {Created.Prefix}");
        Keys = await partners.ListKeysAsync(PartnerId, ct);
        return Page();
    }

    /// <summary>The key a partner asked to revoke, awaiting the second click that names what will happen.</summary>
    public ApiKeyInfo? ToRevoke { get; private set; }

    /// <summary>Revoking cannot be undone, so the first click only asks; <paramref name="bevestigd"/> does it.</summary>
    public async Task<IActionResult> OnPostIntrekkenAsync(Guid id, bool bevestigd, CancellationToken ct)
    {
        Keys = await partners.ListKeysAsync(PartnerId, ct);
        if (Keys.FirstOrDefault(k => k.Id == id) is not { } key)
            return NotFound();
        if (!bevestigd && key.RevokedAt is null)
        {
            ToRevoke = key;
            return Page();
        }
        if (!await partners.RevokeKeyAsync(PartnerId, id, ct))
            return NotFound();
        await audit.RecordChangeAsync(HttpContext, "api-key.revoke", "api-key", id.ToString(), $"partner {PartnerId}");
        Outcome = "De sleutel is ingetrokken. Een koppeling die hem nog gebruikt, krijgt vanaf nu geen toegang meer.";
        return RedirectToPage();
    }
}
