using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using SignalHub.Security.Accounts;
using static SignalHub.Security.Accounts.PortalRoles;

namespace SignalHub.Security.Access;

/// <summary>
/// Who may open which portal page: the one place. Each page of the portal is named here with its policy, or as open
/// to everyone; a page that is not named falls to the fallback policy and is refused to every role, and the
/// authorisation-matrix test fails for it. Scopes (a partner's own deliveries, a team's own cases) are applied by
/// the pages themselves from the signed-in user (<see cref="PortalClaims"/>).
/// </summary>
public static class PortalAccess
{
    public const string Overview = "portal-overview";
    public const string Upload = "portal-upload";
    public const string Deliveries = "portal-deliveries";
    public const string Triage = "portal-triage";
    public const string Cases = "portal-cases";
    public const string Audit = "portal-audit";
    public const string Feedback = "portal-feedback";
    public const string Reports = "portal-reports";
    public const string FailedMessages = "portal-failed-messages";
    public const string CoordinatorQueue = "portal-coordinator-queue";
    public const string VisitList = "portal-visit-list";
    public const string BudgetCoaching = "portal-budget-coaching";
    public const string Admin = "portal-admin";
    public const string ApiKeys = "portal-api-keys";

    /// <summary>The roles of each policy.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Policies = new Dictionary<string, string[]>
    {
        [Overview] = [Sdv, Wijkteam, BudgetCoach, Coordinator, Administrator, PrivacyOfficer],
        // A coordinator may upload for a partner that sent its file another way (the partner is then chosen in the form).
        [Upload] = [Partner, Coordinator],
        [Deliveries] = [Partner, Coordinator, Administrator],
        [Triage] = [Sdv, Coordinator],
        [Cases] = [Sdv, Wijkteam, BudgetCoach, Coordinator],
        [Audit] = [PrivacyOfficer, Coordinator],
        [Feedback] = [Partner, Coordinator],
        // Anonymous counts only, for those who account for the work.
        [Reports] = [Coordinator, Administrator],
        [FailedMessages] = [Coordinator, Administrator],
        // triage: the cases no team covers wait for a coordinator.
        [CoordinatorQueue] = [Coordinator],
        // Outreach (case page, visit list, budget coach)
        [VisitList] = [Wijkteam, Coordinator],
        [BudgetCoaching] = [BudgetCoach, Coordinator],
        // Administration: partners, areas, SDV client list, users, API keys.
        [Admin] = [Coordinator, Administrator],
        [ApiKeys] = [Partner],
    };

    /// <summary>Every page by its path under the content root, with its policy; null is open to everyone.</summary>
    public static readonly IReadOnlyDictionary<string, string?> Pages = new Dictionary<string, string?>
    {
        ["/Portal/Index"] = Overview,
        ["/Ingestion/Upload"] = Upload,
        ["/Ingestion/Replacement/ConfirmReplacement"] = Upload,
        ["/Ingestion/Deliveries"] = Deliveries,
        ["/Ingestion/Receipt"] = Deliveries,
        ["/Matching/Queue"] = Triage,
        ["/Dispatch/Cases"] = Cases,
        ["/Feedback/Signals"] = Feedback,
        ["/Reporting/Report"] = Reports,
        ["/Messaging/Failures/FailedMessagesPage"] = FailedMessages,
        ["/Portal/Error"] = null,
        ["/Security/Accounts/SignIn"] = null,
        ["/Security/Accounts/SecondFactor"] = null,
        ["/Security/Accounts/SignOut"] = null,
        // triage
        ["/Matching/MatchPage"] = Triage,
        ["/Dispatch/WithoutTeam"] = CoordinatorQueue,
        // Outreach (case page, visit list, budget coach)
        ["/Outreach/CasePage"] = Cases,
        ["/Outreach/VisitList"] = VisitList,
        ["/Outreach/BudgetCoach"] = BudgetCoaching,
        // Administration and audit.
        ["/Portal/Administration"] = Admin,
        ["/Partners/PartnersPage"] = Admin,
        ["/Registers/AreasPage"] = Admin,
        ["/Registers/SdvClientsPage"] = Admin,
        ["/Security/Accounts/UsersPage"] = Admin,
        ["/Security/Audit/AuditPage"] = Audit,
        ["/Partners/ApiKeysPage"] = ApiKeys,
    };

    /// <summary>Where each role lands after signing in.</summary>
    public static string HomeOf(string role) => role switch
    {
        PortalRoles.Partner => "/leveringen",
        Sdv => "/triage",
        Wijkteam => "/zaken",
        _ => "/",
    };

    public static IServiceCollection AddPortalAccess(this IServiceCollection services)
    {
        var authorization = services.AddAuthorizationBuilder();
        foreach (var (policy, roles) in Policies)
            authorization.AddPolicy(policy, p => p.AddAuthenticationSchemes(PortalAuthentication.Scheme).RequireAuthenticatedUser().RequireRole(roles));
        // Undeclared endpoints are refused to everyone; a path that matches nothing goes on to its 404 (for a signed-in user).
        authorization.SetFallbackPolicy(new AuthorizationPolicyBuilder(PortalAuthentication.Scheme)
            .RequireAuthenticatedUser().AddRequirements(new UndeclaredEndpointRequirement()).Build());
        services.AddSingleton<IAuthorizationHandler, UndeclaredEndpointHandler>();
        return services;
    }

    public static void Apply(PageConventionCollection conventions)
    {
        foreach (var (page, policy) in Pages)
            if (policy is null)
                conventions.AllowAnonymousToPage(page);
            else
                conventions.AuthorizePage(page, policy);
    }
}
