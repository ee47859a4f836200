using Microsoft.Extensions.Options;

namespace SignalHub.Security.Accounts;

public enum SignInOutcome
{
    Accepted,
    Refused,
    LockedOut,
}

/// <summary>
/// The two steps of a portal sign-in: the password, then the TOTP code. Each wrong answer counts towards the
/// lockout; an unknown name costs as much time as a known one, so names cannot be guessed from the answer.
/// </summary>
public sealed class PortalSignIn(UserStore users, IOptions<AccountOptions> options, TimeProvider clock, ILogger<PortalSignIn> log)
{
    private static readonly UserAccount Nobody = new() { PasswordHash = new Microsoft.AspNetCore.Identity.PasswordHasher<UserAccount>().HashPassword(null!, Guid.NewGuid().ToString()) };

    public async Task<(SignInOutcome Outcome, UserAccount? User)> CheckPasswordAsync(string? name, string? password, CancellationToken ct)
    {
        var user = string.IsNullOrWhiteSpace(name) || name.Length > 200 ? null : await users.FindByNameAsync(name.Trim(), ct);
        var matches = UserStore.PasswordMatches(user ?? Nobody, password ?? "");
        if (user is null)
            return (SignInOutcome.Refused, null);
        if (IsLocked(user))
            return (SignInOutcome.LockedOut, user);
        if (!matches)
            return (await FailAsync(user, "password", ct), user);
        return (SignInOutcome.Accepted, user);
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

    public async Task<SignInOutcome> CheckCodeAsync(UserAccount user, string? code, CancellationToken ct)
    {
        if (IsLocked(user))
            return SignInOutcome.LockedOut;
        if (user.TotpSecret is not { } secret || Totp.Verify(secret, code, clock.GetUtcNow(), user.LastTotpStep) is not { } step)
            return await FailAsync(user, "code", ct);
        await users.RecordSignInAsync(user.Id, step, ct);
        log.LogInformation("User {UserId} ({Role}) signed in", user.Id, user.Role);
        return SignInOutcome.Accepted;
    }

    private bool IsLocked(UserAccount user) => user.LockedUntil is { } until && until > clock.GetUtcNow().UtcDateTime;

    private async Task<SignInOutcome> FailAsync(UserAccount user, string what, CancellationToken ct)
    {
        var limit = options.Value;
        await users.RecordFailureAsync(user.Id, limit.MaxFailedAttempts, clock.GetUtcNow().UtcDateTime.AddMinutes(limit.LockoutMinutes), ct);
        var locked = user.FailedAttempts + 1 >= limit.MaxFailedAttempts;
        log.LogWarning("Wrong {What} for user {UserId}; {Failures} in a row{Locked}", what, user.Id, user.FailedAttempts + 1,
            locked ? ", account locked" : "");
        return locked ? SignInOutcome.LockedOut : SignInOutcome.Refused;
    }
}
