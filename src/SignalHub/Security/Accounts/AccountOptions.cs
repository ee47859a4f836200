using System.ComponentModel.DataAnnotations;

namespace SignalHub.Security.Accounts;

/// <summary>Section <c>Accounts</c>: lockout, the sign-in rate limit and how long a portal session lasts.</summary>
public sealed class AccountOptions
{
    public const string Section = "Accounts";

    /// <summary>Wrong passwords or codes in a row before the account locks.</summary>
    [Range(1, 100)]
    public int MaxFailedAttempts { get; set; } = 5;

    [Range(1, 24 * 60)]
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>Sign-in posts per client address per minute, over all accounts.</summary>
    [Range(1, 10_000)]
    public int SignInPermitsPerMinute { get; set; } = 20;

    [Range(5, 24 * 60)]
    public int SessionMinutes { get; set; } = 8 * 60;

    [Range(8, 200)]
    public int MinimumPasswordLength { get; set; } = 12;
}
