using SignalHub.Partners;

namespace SignalHub.Security.Accounts;

/// <summary>
/// One demo account per role for <c>signalhub demo</c>, with the password the README lists. They have no
/// authenticator app yet: the first sign-in shows the secret to enrol, as for any new user.
/// </summary>
internal static class DemoAccounts
{
    public const string Password = "demo-wachtwoord-2026";

    public static readonly IReadOnlyList<(string Name, string Role, string? Partner, string? Team)> All =
    [
        ("demo-partner", PortalRoles.Partner, "Woonstichting Duinrand", null),
        ("demo-sdv", PortalRoles.Sdv, null, null),
        ("demo-wijkteam", PortalRoles.Wijkteam, null, Demo.DemoTeams.North),
        ("demo-budgetcoach", PortalRoles.BudgetCoach, null, null),
        ("demo-coordinator", PortalRoles.Coordinator, null, null),
        ("demo-beheer", PortalRoles.Administrator, null, null),
        ("demo-privacy", PortalRoles.PrivacyOfficer, null, null),
    ];

    /// <summary>Adds the accounts that are missing; running the demo again changes none.</summary>
    public static async Task EnsureAsync(IServiceProvider services, CancellationToken ct)
    {
        var users = services.GetRequiredService<UserStore>();
        var partners = services.GetRequiredService<PartnerStore>();
        foreach (var (name, role, partner, team) in All)
        {
            if (await users.FindByNameAsync(name, ct) is not null)
                continue;
            var partnerId = partner is null ? null : (await partners.FindByNameAsync(partner, ct))?.Id;
            await users.AddAsync(new NewUser(name, role, partnerId, team, Password), ct);
        }
    }
}
