using Dapper;
using Microsoft.AspNetCore.Identity;
using SignalHub.Security.Sessions;
using SignalHub.Security.Encryption;
using SignalHub.Storage;

namespace SignalHub.Security.Accounts;

/// <summary>
/// The <c>users</c> table: adding accounts, the lockout counter and the TOTP secret. The secret is stored encrypted with
/// the field cipher (bound to the user's row) and revealed only here, on the way out.
/// </summary>
public sealed class UserStore(Database database, TimeProvider clock, SessionCheckCache sessionChecks, FieldCipher cipher)
{
    private static readonly PasswordHasher<UserAccount> Hasher = new();

    private const string Select = """
        SELECT id AS Id, name AS Name, role AS Role, partner_id AS PartnerId, team AS Team, password_hash AS PasswordHash,
               failed_attempts AS FailedAttempts, locked_until AS LockedUntil, totp_secret AS TotpSecret,
               totp_confirmed AS TotpConfirmed, last_totp_step AS LastTotpStep, created_at AS CreatedAt, last_sign_in_at AS LastSignInAt,
               security_stamp AS SecurityStamp, lockouts AS Lockouts
        FROM users
        """;

    public async Task<UserAccount> AddAsync(NewUser request, CancellationToken ct)
    {
        var user = new UserAccount
        {
            Id = Guid.CreateVersion7(),
            Name = request.Name,
            Role = request.Role,
            PartnerId = request.PartnerId,
            Team = request.Team,
            // The hasher ignores the user it is given; the hash carries its own salt and iteration count.
            PasswordHash = Hasher.HashPassword(null!, request.Password),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        try
        {
            await database.InTransactionAsync((c, t) => c.ExecuteAsync(new CommandDefinition("""
                INSERT INTO users (id, name, role, partner_id, team, password_hash, failed_attempts, totp_confirmed, last_totp_step, created_at,
                                   security_stamp, lockouts)
                VALUES (@Id, @Name, @Role, @PartnerId, @Team, @PasswordHash, 0, @No, 0, @CreatedAt, @SecurityStamp, 0)
                """, new { user.Id, user.Name, user.Role, user.PartnerId, user.Team, user.PasswordHash, No = false, user.CreatedAt, SecurityStamp = NewStamp() },
                t, cancellationToken: ct)), ct);
        }
        catch (Exception e) when (database.Dialect.IsUniqueViolation(e))
        {
            throw new DuplicateUserException(request.Name);
        }
        return user;
    }

    public static bool PasswordMatches(UserAccount user, string password) =>
        Hasher.VerifyHashedPassword(user, user.PasswordHash, password) != PasswordVerificationResult.Failed;

    public async Task<UserAccount?> FindByNameAsync(string name, CancellationToken ct) =>
        Revealed(await database.ReadAsync(c => c.QuerySingleOrDefaultAsync<UserAccount>(new CommandDefinition(
            Select + " WHERE name = @Name", new { Name = name }, cancellationToken: ct)), ct));

    public async Task<UserAccount?> FindAsync(Guid id, CancellationToken ct) =>
        Revealed(await database.ReadAsync(c => c.QuerySingleOrDefaultAsync<UserAccount>(new CommandDefinition(
            Select + " WHERE id = @Id", new { Id = id }, cancellationToken: ct)), ct));

    /// <summary>Every account, without its second-factor secret (a list never needs it).</summary>
    public async Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken ct) =>
        [.. (await database.ReadAsync(c => c.QueryAsync<UserAccount>(new CommandDefinition(Select + " ORDER BY name", cancellationToken: ct)), ct))
            .Select(Hidden)];

    /// <summary>A new role and its scope (a partner for a partner user, a team for a wijkteam worker).</summary>
    public Task<bool> ChangeRoleAsync(Guid id, string role, Guid? partnerId, string? team, CancellationToken ct) =>
        database.InTransactionAsync(async (c, t) => await c.ExecuteAsync(new CommandDefinition(
            "UPDATE users SET role = @Role, partner_id = @PartnerId, team = @Team WHERE id = @Id",
            new { Id = id, Role = role, PartnerId = partnerId, Team = team }, t, cancellationToken: ct)) == 1, ct);

    public Task<bool> RemoveAsync(Guid id, CancellationToken ct) =>
        database.InTransactionAsync(async (c, t) => await c.ExecuteAsync(new CommandDefinition(
            "DELETE FROM users WHERE id = @Id", new { Id = id }, t, cancellationToken: ct)) == 1, ct);

    /// <summary>
    /// One more failure; the one that reaches <paramref name="maxFailures"/> locks the account until <paramref name="lockedUntil"/>,
    /// starts the count again and counts the lock (for the next one's backoff). True when this failure locked the account.
    /// </summary>
    public Task<bool> RecordFailureAsync(Guid id, int maxFailures, DateTime lockedUntil, CancellationToken ct) =>
        database.InTransactionAsync(async (c, t) =>
        {
            var locks = await c.ExecuteAsync(new CommandDefinition("""
                UPDATE users SET failed_attempts = 0, locked_until = @LockedUntil, lockouts = lockouts + 1
                WHERE id = @Id AND failed_attempts + 1 >= @Max
                """, new { Id = id, Max = maxFailures, LockedUntil = lockedUntil }, t, cancellationToken: ct));
            if (locks == 0)
                await c.ExecuteAsync(new CommandDefinition("UPDATE users SET failed_attempts = failed_attempts + 1 WHERE id = @Id",
                    new { Id = id }, t, cancellationToken: ct));
            return locks > 0;
        }, ct);

    public Task RecordSignInAsync(Guid id, long totpStep, CancellationToken ct) =>
        ExecuteAsync("""
            UPDATE users SET failed_attempts = 0, locked_until = NULL, lockouts = 0, last_totp_step = @Step, totp_confirmed = @Yes, last_sign_in_at = @Now
            WHERE id = @Id
            """, new { Id = id, Step = totpStep, Yes = true, Now = clock.GetUtcNow().UtcDateTime }, ct);

    /// <summary>A new, unconfirmed secret: the user enrols it at the next sign-in.</summary>
    public Task SetTotpSecretAsync(Guid id, string secret, CancellationToken ct) =>
        ExecuteAsync("UPDATE users SET totp_secret = @Secret, totp_confirmed = @No, last_totp_step = 0 WHERE id = @Id",
            new { Id = id, Secret = cipher.Protect(secret, PersonalColumns.Users.TotpSecret(id)), No = false }, ct);

    /// <summary>Forgets the second factor (a lost phone); the user enrols a new one at the next sign-in. Ends every session of the user.</summary>
    public async Task ResetTotpAsync(Guid id, CancellationToken ct)
    {
        await ExecuteAsync("UPDATE users SET totp_secret = NULL, totp_confirmed = @No, last_totp_step = 0 WHERE id = @Id", new { Id = id, No = false }, ct);
        await ChangeSecurityStampAsync(id, SessionEnd.TotpReset, ct);
    }

    /// <summary>Lifts a lockout at once and clears the failure count (an administrator who checked who the user is).</summary>
    public Task UnlockAsync(Guid id, CancellationToken ct) =>
        ExecuteAsync("UPDATE users SET failed_attempts = 0, locked_until = NULL, lockouts = 0 WHERE id = @Id", new { Id = id }, ct);

    /// <summary>
    /// Gives the user a new security stamp and ends every open session of the user, with <paramref name="why"/>
    /// (<see cref="SessionEnd"/>): call it whenever what a session was granted on changes (a role or scope, a
    /// password, the second factor, a lockout, the user removed). A cookie made before is refused at its next
    /// request in this process, and within a minute in every other. Returns the number of sessions ended.
    /// </summary>
    public async Task<int> ChangeSecurityStampAsync(Guid id, string why, CancellationToken ct)
    {
        var ended = await database.InTransactionAsync(async (c, t) =>
        {
            await c.ExecuteAsync(new CommandDefinition("UPDATE users SET security_stamp = @Stamp WHERE id = @Id",
                new { Id = id, Stamp = NewStamp() }, t, cancellationToken: ct));
            return await c.ExecuteAsync(new CommandDefinition(PortalSessionStore.EndAllOfUserSql,
                new { UserId = id, Now = clock.GetUtcNow().UtcDateTime, Why = why }, t, cancellationToken: ct));
        }, ct);
        sessionChecks.ForgetUser(id);
        return ended;
    }

    private static string NewStamp() => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    private UserAccount? Revealed(UserAccount? user)
    {
        if (user?.TotpSecret is { } stored)
            user.TotpSecret = cipher.Reveal(stored, PersonalColumns.Users.TotpSecret(user.Id));
        return user;
    }

    private static UserAccount Hidden(UserAccount user)
    {
        user.TotpSecret = null;
        return user;
    }

    private Task ExecuteAsync(string sql, object args, CancellationToken ct) =>
        database.InTransactionAsync((c, t) => c.ExecuteAsync(new CommandDefinition(sql, args, t, cancellationToken: ct)), ct);
}
