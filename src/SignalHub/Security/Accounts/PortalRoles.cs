namespace SignalHub.Security.Accounts;

/// <summary>
/// The roles of <c>shared/DOMAIN.md</c>, as stored in <c>users.role</c> and carried in the sign-in cookie.
/// A partner user is scoped to its organisation, a wijkteam worker to its team; the others see the municipality's work.
/// </summary>
public static class PortalRoles
{
    public const string Partner = "partner";
    public const string Sdv = "sdv";
    public const string Wijkteam = "wijkteam";
    public const string BudgetCoach = "budgetcoach";
    public const string Coordinator = "coordinator";
    public const string Administrator = "administrator";
    public const string PrivacyOfficer = "privacy_officer";

    public static readonly IReadOnlyList<string> All = [Partner, Sdv, Wijkteam, BudgetCoach, Coordinator, Administrator, PrivacyOfficer];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);

    /// <summary>
    /// Every role sees household data (a partner its own rows, the privacy officer the audit trail of them),
    /// so every role signs in with a second factor.
    /// </summary>
    public static bool NeedsSecondFactor(string role) => IsKnown(role);

    public static string Dutch(string role) => role switch
    {
        Partner => "partner",
        Sdv => "schulddienstverlening",
        Wijkteam => "wijkteam",
        BudgetCoach => "budgetcoach",
        Coordinator => "coördinator",
        Administrator => "functioneel beheer",
        PrivacyOfficer => "privacy officer",
        _ => role,
    };
}
