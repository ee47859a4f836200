using System.ComponentModel.DataAnnotations;

namespace SignalHub.Security.Accounts;

/// <summary>Section <c>Accounts</c>: lockout, the sign-in rate limit and how long a portal session lasts.</summary>
public sealed class AccountOptions
{
    public const string Section = "Accounts";

    /// <summary>Wrong passwords or codes in a row before the account locks.</summary>
    [Range(1, 100)]
    public int MaxFailedAttempts { get; set; } = 5;

    /// <summary>The first lock of an account (or address); each further lock in a row lasts twice as long.</summary>
    [Range(1, 24 * 60)]
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>The longest a lock grows to.</summary>
    [Range(1, 7 * 24 * 60)]
    public int MaxLockoutMinutes { get; set; } = 24 * 60;

    /// <summary>Wrong answers from one client address, over all names, before that address is locked out of signing in.</summary>
    [Range(1, 10_000)]
    public int MaxFailedAttemptsPerAddress { get; set; } = 20;

    /// <summary>
    /// An address the account signed in from within this many days is not bound by the account's lock (only by its own
    /// address lock): whoever guesses from elsewhere cannot keep the user out.
    /// </summary>
    [Range(0, 365)]
    public int KnownAddressDays { get; set; } = 30;

    /// <summary>Sign-in posts per client address per minute, over all accounts.</summary>
    [Range(1, 10_000)]
    public int SignInPermitsPerMinute { get; set; } = 20;

    /// <summary>The sliding lifetime of a portal session: it ends after this many minutes without a request.</summary>
    [Range(5, 24 * 60)]
    public int SessionMinutes { get; set; } = 8 * 60;

    /// <summary>The absolute lifetime: a session ends this many hours after its sign-in, however busy.</summary>
    [Range(1, 7 * 24)]
    public int SessionAbsoluteHours { get; set; } = 12;

    [Range(8, 200)]
    public int MinimumPasswordLength { get; set; } = 12;

    /// <summary>How long a lock lasts after <paramref name="earlierLocks"/> locks in a row: doubling, at most <see cref="MaxLockoutMinutes"/>.</summary>
    public TimeSpan LockFor(int earlierLocks) =>
        TimeSpan.FromMinutes(Math.Min(MaxLockoutMinutes, LockoutMinutes * Math.Pow(2, Math.Clamp(earlierLocks, 0, 20))));
}
