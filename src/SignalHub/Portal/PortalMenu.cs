using System.Security.Claims;
using SignalHub.Security.Access;

namespace SignalHub.Portal;

/// <summary>
/// One link of the main menu and the page it opens (its path under the content root, as in <see cref="PortalAccess.Pages"/>).
/// <paramref name="UnderAdmin"/>: listed under "Beheer" for a role that may open it, so the menu fits one row.
/// </summary>
public sealed record MenuEntry(string Href, string Label, string PagePath, bool UnderAdmin = false);

/// <summary>
/// The main menu. Who sees an entry is read from <see cref="PortalAccess"/>, never kept here: an entry shows when the
/// user's role may open its page. An entry whose page is not (yet) declared there shows to nobody.
/// </summary>
public static class PortalMenu
{
    public static readonly IReadOnlyList<MenuEntry> Entries =
    [
        new("/", "Overzicht", "/Portal/Index"),
        new("/triage", "Triage", "/Matching/Queue"),
        new("/triage/zonder-team", "Zonder team", "/Dispatch/WithoutTeam"),
        new("/zaken", "Zaken", "/Dispatch/Cases"),
        new("/bezoeklijst", "Bezoeklijst", "/Outreach/VisitList"),
        new("/budgetcoach", "Budgetcoach", "/Outreach/BudgetCoach"),
        new("/aanleveren", "Aanleveren", "/Ingestion/Upload"),
        new("/leveringen", "Leveringen", "/Ingestion/Deliveries"),
        new("/terugkoppeling", "Terugkoppeling", "/Feedback/Signals"),
        new("/api-sleutels", "API-sleutels", "/Partners/ApiKeysPage"),
        new("/rapportage", "Rapportage", "/Reporting/Report"),
        new("/mislukte-berichten", "Mislukte berichten", "/Messaging/Failures/FailedMessagesPage", UnderAdmin: true),
        new(AdminHref, "Beheer", AdminPage),
        new("/audit", "Auditlog", "/Security/Audit/AuditPage", UnderAdmin: true),
    ];

    public const string AdminHref = "/beheer";
    public const string AdminPage = "/Portal/Administration";

    /// <summary>The pages of "Beheer", in the order of its index and sub-menu: the lists, then the grouped menu entries.</summary>
    public static readonly IReadOnlyList<MenuEntry> AdminEntries =
    [
        new("/beheer/partners", "Partners", "/Partners/PartnersPage"),
        new("/beheer/gebieden", "Gebieden en teams", "/Registers/AreasPage"),
        new("/beheer/sdv-clienten", "SDV-cliëntenlijst", "/Registers/SdvClientsPage"),
        new("/beheer/gebruikers", "Gebruikers", "/Security/Accounts/UsersPage"),
        .. Entries.Where(e => e.UnderAdmin),
    ];

    /// <summary>
    /// The entries <paramref name="user"/> may open; none for a visitor who is not signed in. An entry under "Beheer" shows
    /// on its own only to a role that may not open "Beheer" (the privacy officer's audit log).
    /// </summary>
    public static IReadOnlyList<MenuEntry> For(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
            return [];
        var admin = MayOpen(user, AdminPage);
        return [.. Entries.Where(e => MayOpen(user, e.PagePath) && !(e.UnderAdmin && admin))];
    }

    /// <summary>The pages of "Beheer" <paramref name="user"/> may open.</summary>
    public static IReadOnlyList<MenuEntry> AdminFor(ClaimsPrincipal user) => [.. AdminEntries.Where(e => MayOpen(user, e.PagePath))];

    public static bool MayOpen(ClaimsPrincipal user, string pagePath) =>
        PortalAccess.Pages.TryGetValue(pagePath, out var policy) && policy is not null
        && PortalAccess.Policies.TryGetValue(policy, out var roles) && roles.Any(user.IsInRole);

    /// <summary>The entry for <paramref name="path"/>: the longest href it is at or under ("/" only for itself).</summary>
    /// <summary>A page under "Beheer" marks "Beheer" as current when the menu has it.</summary>
    public static string? CurrentHref(IEnumerable<MenuEntry> entries, string path)
    {
        var hrefs = entries.Select(e => e.Href).ToList();
        var under = AdminEntries.Any(e => path == e.Href || path.StartsWith(e.Href + "/", StringComparison.Ordinal));
        return hrefs.Where(href => href == "/" ? path == "/" : path == href || path.StartsWith(href + "/", StringComparison.Ordinal)
                || (href == AdminHref && under))
            .OrderByDescending(href => href.Length).FirstOrDefault();
    }
}
