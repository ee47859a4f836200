using static SignalHub.Security.Accounts.PortalRoles;

namespace SignalHub.Security.Access;

/// <summary>What a grant of one role by another role takes.</summary>
public enum GrantRule
{
    /// <summary>The actor may not grant, change or revoke this role.</summary>
    Refused,

    /// <summary>The change takes effect at once.</summary>
    Direct,

    /// <summary>The change waits until a second coordinator approves it.</summary>
    SecondApprover,
}

/// <summary>
/// Who may grant which role in the portal: the one table (separation of duties). Functioneel beheer manages the
/// accounts of the people who do the work; the roles that see everything or check everyone (coordinator, functioneel
/// beheer, privacy officer) are granted by a coordinator and take effect only when another coordinator approves. The
/// same rule holds for revoking a role (a role change, a removed account). The command line (<c>signalhub user add</c>)
/// is the operator's way and may make any role.
/// </summary>
public static class RoleGrants
{
    /// <summary>The roles that see or check the whole municipality's work: never granted by one person alone.</summary>
    // Before the table: static fields are set in the order they are written.
    public static readonly IReadOnlyList<string> Elevated = [Coordinator, Administrator, PrivacyOfficer];

    /// <summary>Granting role (row) by granted role (column).</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, GrantRule>> Table =
        new Dictionary<string, IReadOnlyDictionary<string, GrantRule>>
        {
            [Administrator] = Row(workers: GrantRule.Direct, elevated: GrantRule.Refused),
            [Coordinator] = Row(workers: GrantRule.Direct, elevated: GrantRule.SecondApprover),
            [Partner] = Row(GrantRule.Refused, GrantRule.Refused),
            [Sdv] = Row(GrantRule.Refused, GrantRule.Refused),
            [Wijkteam] = Row(GrantRule.Refused, GrantRule.Refused),
            [BudgetCoach] = Row(GrantRule.Refused, GrantRule.Refused),
            [PrivacyOfficer] = Row(GrantRule.Refused, GrantRule.Refused),
        };

    /// <summary>Who may approve a pending grant (never the one who asked for it).</summary>
    public const string Approver = Coordinator;

    public static GrantRule RuleFor(string actorRole, string role) =>
        Table.TryGetValue(actorRole, out var row) && row.TryGetValue(role, out var rule) ? rule : GrantRule.Refused;

    /// <summary>A change touches the role taken away and the role given: the stricter of the two rules holds.</summary>
    public static GrantRule RuleForChange(string actorRole, string? fromRole, string? toRole)
    {
        var rules = new[] { fromRole, toRole }.OfType<string>().Select(r => RuleFor(actorRole, r)).ToList();
        return rules.Contains(GrantRule.Refused) || rules.Count == 0 ? GrantRule.Refused
            : rules.Contains(GrantRule.SecondApprover) ? GrantRule.SecondApprover : GrantRule.Direct;
    }

    private static Dictionary<string, GrantRule> Row(GrantRule workers, GrantRule elevated) =>
        All.ToDictionary(role => role, role => Elevated.Contains(role) ? elevated : workers, StringComparer.Ordinal);
}
