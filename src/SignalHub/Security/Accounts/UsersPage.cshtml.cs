using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SignalHub.Partners;
using SignalHub.Portal;
using SignalHub.Security.Audit;

namespace SignalHub.Security.Accounts;

/// <summary>
/// The portal's users: added with a role and its scope (a partner for a partner user, a team for a wijkteam worker) and a
/// generated one-time password shown once; a role changed, an account removed, the second factor reset (a lost phone)
/// and a lockout lifted. Who may grant which role, and which grants wait for a second coordinator, is the role-grant
/// table (<see cref="Access.RoleGrants"/>), checked by <see cref="UserAdministration"/>. The page never shows a password
/// hash or a TOTP secret.
/// </summary>
public sealed class UsersPageModel(UserStore users, UserAdministration administration, RoleRequestStore requests, PartnerStore partners,
    IOptions<AccountOptions> options, TimeProvider clock, AuditLog audit, Sessions.PortalSessionStore sessions) : PageModel
{
    public IReadOnlyList<UserAccount> Users { get; private set; } = [];
    public IReadOnlyList<Partner> Partners { get; private set; } = [];
    public IReadOnlyList<RoleRequest> Pending { get; private set; } = [];

    [BindProperty] public string? Naam { get; set; }
    [BindProperty] public string? Rol { get; set; }
    [BindProperty] public string? Partner { get; set; }
    [BindProperty] public string? Team { get; set; }

    [TempData]
    public string? Outcome { get; set; }

    /// <summary>What became of a post answered with the page itself (not redirected).</summary>
    public string? Notice { get; private set; }

    public FormErrors Errors { get; } = new();

    /// <summary>The user just added and its one-time password: shown in this one answer only.</summary>
    public (UserAccount User, string Password)? Added { get; private set; }

    /// <summary>The user whose sessions the administrator asked to end, with the open sessions: shown to confirm first.</summary>
    public (UserAccount User, int OpenSessions)? ConfirmEndSessions { get; private set; }

    public int MinimumPasswordLength => options.Value.MinimumPasswordLength;

    public bool IsLocked(UserAccount user) => user.LockedUntil is { } until && until > clock.GetUtcNow().UtcDateTime;

    public string ScopeOf(UserAccount user) => ScopeOf(user.PartnerId, user.Team);

    public string ScopeOf(Guid? partnerId, string? team) =>
        partnerId is { } id ? Partners.FirstOrDefault(p => p.Id == id)?.Name ?? "" : team ?? "";

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    // Not redirected: the one-time password must be shown once and must not travel in a cookie to a next page.
    public async Task<IActionResult> OnPostToevoegenAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (string.IsNullOrWhiteSpace(Naam) || Naam.Trim().Length > 200)
            Errors.Add("naam", "Vul de gebruikersnaam in (ten hoogste 200 tekens).");
        if (ValidateScope() is not { } scope)
            return Page();
        try
        {
            Show(await administration.AddAsync(HttpContext, new NewUser(Naam!.Trim(), Rol!, scope.PartnerId, scope.Team, UserCommands.NewPassword()), ct));
            (Naam, Rol, Partner, Team) = (null, null, null, null);
            await LoadAsync(ct);
        }
        catch (DuplicateUserException)
        {
            Errors.Add("naam", $"Er is al een gebruiker met de naam {Naam!.Trim()}. Kies een andere naam.");
        }
        return Page();
    }

    public async Task<IActionResult> OnPostRolAsync(Guid id, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (ValidateScope() is not { } scope)
        {
            Outcome = string.Join(" ", Errors.All.Select(e => e.Message));
            return RedirectToPage();
        }
        Outcome = (await administration.ChangeRoleAsync(HttpContext, id, Rol!, scope.PartnerId, scope.Team, ct)).Message;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostVerwijderenAsync(Guid id, CancellationToken ct)
    {
        Outcome = (await administration.RemoveAsync(HttpContext, id, ct)).Message;
        return RedirectToPage();
    }

    // Not redirected either: approving a new account shows its one-time password, once.
    public async Task<IActionResult> OnPostGoedkeurenAsync(Guid id, CancellationToken ct)
    {
        try
        {
            Show(await administration.ApproveAsync(HttpContext, id, ct));
        }
        catch (DuplicateUserException e)
        {
            Notice = $"Er is al een gebruiker met de naam {e.Name}; het verzoek is niet uitgevoerd.";
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAfwijzenAsync(Guid id, CancellationToken ct)
    {
        Outcome = (await administration.RejectAsync(HttpContext, id, ct)).Message;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostTotpAsync(Guid id, CancellationToken ct)
    {
        if (await users.FindAsync(id, ct) is { } user && Manages(user))
        {
            await users.ResetTotpAsync(id, ct);
            await audit.RecordChangeAsync(HttpContext, "user.reset-totp", "user", id.ToString(), user.Name);
            Outcome = $"De tweede factor van {user.Name} is gewist. Bij de volgende aanmelding koppelt {user.Name} een nieuwe authenticator-app.";
        }
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeblokkerenAsync(Guid id, CancellationToken ct)
    {
        if (await users.FindAsync(id, ct) is { } user && Manages(user))
        {
            await users.UnlockAsync(id, ct);
            await audit.RecordChangeAsync(HttpContext, "user.unlock", "user", id.ToString(), user.Name);
            Outcome = $"{user.Name} is gedeblokkeerd en kan weer aanmelden.";
        }
        return RedirectToPage();
    }

    /// <summary>Ending a user's sessions asks first; with <paramref name="bevestigd"/> it signs the user out everywhere.</summary>
    public async Task<IActionResult> OnPostSessiesAsync(Guid id, string? bevestigd, CancellationToken ct)
    {
        if (await users.FindAsync(id, ct) is not { } user)
            return RedirectToPage();
        if (bevestigd != "ja")
        {
            await LoadAsync(ct);
            ConfirmEndSessions = (user, await sessions.CountOpenAsync(id, ct));
            return Page();
        }
        var ended = await users.ChangeSecurityStampAsync(id, Sessions.SessionEnd.Administrator, ct);
        await audit.RecordChangeAsync(HttpContext, "user.end-sessions", "user", id.ToString(), $"{user.Name}: {ended} session(s) ended");
        Outcome = $"Alle sessies van {user.Name} zijn beëindigd ({ended}). {user.Name} moet opnieuw aanmelden.";
        return RedirectToPage();
    }

    public bool Manages(UserAccount user) => UserAdministration.MayManage(User, user);

    private void Show(UserChange change)
    {
        if (change.Added is { } added && change.Password is { } password)
            Added = (added, password);
        else
            Notice = change.Message;
    }

    /// <summary>The role and its scope from the form, or null with the errors beside their fields.</summary>
    private (Guid? PartnerId, string? Team)? ValidateScope()
    {
        if (Rol is null || !PortalRoles.IsKnown(Rol))
            Errors.Add("rol-" + PortalRoles.All[0], "Kies de rol van de gebruiker.");
        Guid? partnerId = null;
        if (Rol == PortalRoles.Partner)
        {
            if (Guid.TryParse(Partner, out var id) && Partners.Any(p => p.Id == id))
                partnerId = id;
            else
                Errors.Add("partner", "Kies de partner waarvoor deze gebruiker werkt.");
        }
        if (Rol == PortalRoles.Wijkteam && (string.IsNullOrWhiteSpace(Team) || Team.Trim().Length > 100))
            Errors.Add("team", "Vul het wijkteam in waarvoor deze gebruiker werkt (ten hoogste 100 tekens).");
        return Errors.Any ? null : (partnerId, Rol == PortalRoles.Wijkteam ? Team!.Trim() : null);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Users = await users.ListAsync(ct);
        Partners = await partners.ListAsync(ct);
        Pending = await requests.PendingAsync(ct);
    }
}
