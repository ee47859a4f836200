using Microsoft.Extensions.Options;
using SignalHub.Security.Sessions;

namespace SignalHub.Security.Accounts;

public enum SignInOutcome
{
    Accepted,
    Refused,
    LockedOut,
}

/// <summary>
/// The two steps of a portal sign-in: the password, then the TOTP code. A wrong answer counts for the account and for
/// the client address. The account locks at <see cref="AccountOptions.MaxFailedAttempts"/>, each lock in a row twice as
/// long, but only for addresses the account did not sign in from lately: a guesser elsewhere cannot keep its user out.
/// Unknown, locked and wrong all cost one password hash and read the same, so names cannot be told apart.
/// </summary>
public sealed class PortalSignIn(UserStore users, PortalSessionStore sessions, SignInThrottle throttle, SourceAddress addresses,
    IOptions<AccountOptions> options, TimeProvider clock, ILogger<PortalSignIn> log)
{
    private static readonly UserAccount Nobody = new() { PasswordHash = new Microsoft.AspNetCore.Identity.PasswordHasher<UserAccount>().HashPassword(null!, Guid.NewGuid().ToString()) };

    public async Task<(SignInOutcome Outcome, UserAccount? User)> CheckPasswordAsync(string? name, string? password, string address, CancellationToken ct)
    {
        var user = string.IsNullOrWhiteSpace(name) || name.Length > 200 ? null : await users.FindByNameAsync(name.Trim(), ct);
        var matches = UserStore.PasswordMatches(user ?? Nobody, password ?? "");
        // Asked for a nobody too, so an unknown name does the same work as a known one.
        var known = await IsKnownAddressAsync(user?.Id ?? Guid.Empty, address, ct);
        if (throttle.IsBlocked(address))
            return (SignInOutcome.LockedOut, null);
        if (user is null)
        {
            throttle.Failed(address);
            return (SignInOutcome.Refused, null);
        }
        var locked = IsLocked(user) && !known;
        if (matches && !locked)
            return (SignInOutcome.Accepted, user);
        return (await FailAsync(user, "password", address, ct) || locked ? SignInOutcome.LockedOut : SignInOutcome.Refused, user);
    }

    /// <summary>The user's TOTP secret, made now if the user has none yet (first sign-in, or after <c>user reset-totp</c>).</summary>
    public async Task<string> EnrolmentSecretAsync(UserAccount user, CancellationToken ct)
    {
        if (user.TotpSecret is { } existing)
            return existing;
        var secret = Totp.NewSecret();
        await users.SetTotpSecretAsync(user.Id, secret, ct);
        return secret;
    }

    public async Task<SignInOutcome> CheckCodeAsync(UserAccount user, string? code, string address, CancellationToken ct)
    {
        if (throttle.IsBlocked(address) || IsLocked(user) && !await IsKnownAddressAsync(user.Id, address, ct))
            return SignInOutcome.LockedOut;
        if (user.TotpSecret is not { } secret || Totp.Verify(secret, code, clock.GetUtcNow(), user.LastTotpStep) is not { } step)
            return await FailAsync(user, "code", address, ct) ? SignInOutcome.LockedOut : SignInOutcome.Refused;
        await users.RecordSignInAsync(user.Id, step, ct);
        log.LogInformation("User {UserId} ({Role}) signed in", user.Id, user.Role);
        return SignInOutcome.Accepted;
    }

    private bool IsLocked(UserAccount user) => user.LockedUntil is { } until && until > clock.GetUtcNow().UtcDateTime;

    private async Task<bool> IsKnownAddressAsync(Guid userId, string address, CancellationToken ct) =>
        options.Value.KnownAddressDays > 0 && await sessions.SignedInFromAsync(userId, addresses.KeyOf(address),
            clock.GetUtcNow().UtcDateTime.AddDays(-options.Value.KnownAddressDays), ct);

    /// <summary>Counts a wrong answer; true when it locked the account (which ends the account's sessions too).</summary>
    private async Task<bool> FailAsync(UserAccount user, string what, string address, CancellationToken ct)
    {
        throttle.Failed(address);
        // A locked account counts no further: the attacker's answers lengthen only their own address's lock.
        if (IsLocked(user))
            return false;
        var limit = options.Value;
        var lockedUntil = clock.GetUtcNow().UtcDateTime + limit.LockFor(user.Lockouts);
        var locked = await users.RecordFailureAsync(user.Id, limit.MaxFailedAttempts, lockedUntil, ct);
        if (locked)
            await users.ChangeSecurityStampAsync(user.Id, SessionEnd.Lockout, ct);
        log.LogWarning("Wrong {What} for user {UserId}{Locked}", what, user.Id, locked ? $"; account locked until {lockedUntil:O}" : "");
        return locked;
    }
}
