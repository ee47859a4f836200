using System.Security.Claims;
using SignalHub.Security.Access;

namespace SignalHub.Portal;

/// <summary>One link of the main menu and the page it opens (its path under the content root, as in <see cref="PortalAccess.Pages"/>).</summary>
public sealed record MenuEntry(string Href, string Label, string PagePath);

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
        new("/mislukte-berichten", "Mislukte berichten", "/Messaging/Failures/FailedMessagesPage"),
        new("/beheer/partners", "Beheer", "/Partners/PartnersPage"),
        new("/audit", "Auditlog", "/Security/Audit/AuditPage"),
    ];

    /// <summary>The entries <paramref name="user"/> may open; none for a visitor who is not signed in.</summary>
    public static IReadOnlyList<MenuEntry> For(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? [.. Entries.Where(e => MayOpen(user, e.PagePath))] : [];

    public static bool MayOpen(ClaimsPrincipal user, string pagePath) =>
        PortalAccess.Pages.TryGetValue(pagePath, out var policy) && policy is not null
        && PortalAccess.Policies.TryGetValue(policy, out var roles) && roles.Any(user.IsInRole);

    /// <summary>The entry for <paramref name="path"/>: the longest href it is at or under ("/" only for itself).</summary>
    public static string? CurrentHref(IEnumerable<MenuEntry> entries, string path) =>
        entries.Select(e => e.Href)
            .Where(href => href == "/" ? path == "/" : path == href || path.StartsWith(href + "/", StringComparison.Ordinal)
                || (href.StartsWith("/beheer/", StringComparison.Ordinal) && path.StartsWith("/beheer/", StringComparison.Ordinal)))
            .OrderByDescending(href => href.Length).FirstOrDefault();
}
