using Dapper;
using SignalHub.Storage;

namespace SignalHub.Security.Sessions;

/// <summary>A session's row as a request checks it, with its user's current stamp (null when the user is gone).</summary>
public sealed class SessionState
{
    public Guid UserId { get; init; }
    public DateTime ExpiresAt { get; init; }
    public DateTime? EndedAt { get; init; }
    public string? SecurityStamp { get; init; }
}

/// <summary>The <c>portal_sessions</c> table: one row per sign-in, ended by sign-out, an administrator or a stamp change.</summary>
public sealed class PortalSessionStore(Database database, TimeProvider clock, SessionCheckCache checks)
{
    internal const string EndAllOfUserSql = """
        UPDATE portal_sessions SET ended_at = @Now, ended_why = @Why WHERE user_id = @UserId AND ended_at IS NULL
        """;

    public async Task<Guid> StartAsync(Guid userId, DateTime expiresAt, string? addressKey, CancellationToken ct)
    {
        var id = Guid.CreateVersion7();
        var now = clock.GetUtcNow().UtcDateTime;
        await database.InTransactionAsync((c, t) => c.ExecuteAsync(new CommandDefinition("""
            INSERT INTO portal_sessions (id, user_id, created_at, last_seen_at, expires_at, address_key)
            VALUES (@Id, @UserId, @Now, @Now, @ExpiresAt, @AddressKey)
            """, new { Id = id, UserId = userId, Now = now, ExpiresAt = expiresAt, AddressKey = addressKey }, t, cancellationToken: ct)), ct);
        return id;
    }

    public Task<SessionState?> FindAsync(Guid id, CancellationToken ct) =>
        database.ReadAsync(c => c.QuerySingleOrDefaultAsync<SessionState>(new CommandDefinition("""
            SELECT s.user_id AS UserId, s.expires_at AS ExpiresAt, s.ended_at AS EndedAt, u.security_stamp AS SecurityStamp
            FROM portal_sessions s LEFT JOIN users u ON u.id = s.user_id
            WHERE s.id = @Id
            """, new { Id = id }, cancellationToken: ct)), ct);

    public Task SeenAsync(Guid id, CancellationToken ct) =>
        database.InTransactionAsync((c, t) => c.ExecuteAsync(new CommandDefinition(
            "UPDATE portal_sessions SET last_seen_at = @Now WHERE id = @Id",
            new { Id = id, Now = clock.GetUtcNow().UtcDateTime }, t, cancellationToken: ct)), ct);

    /// <summary>Ends one session (sign-out, expiry); a session already ended keeps its first reason.</summary>
    public async Task EndAsync(Guid id, string why, CancellationToken ct)
    {
        await database.InTransactionAsync((c, t) => c.ExecuteAsync(new CommandDefinition(
            "UPDATE portal_sessions SET ended_at = @Now, ended_why = @Why WHERE id = @Id AND ended_at IS NULL",
            new { Id = id, Now = clock.GetUtcNow().UtcDateTime, Why = why }, t, cancellationToken: ct)), ct);
        checks.ForgetSession(id);
    }

    public async Task<int> CountOpenAsync(Guid userId, CancellationToken ct) =>
        await database.ReadAsync(c => c.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COUNT(*) FROM portal_sessions WHERE user_id = @UserId AND ended_at IS NULL AND expires_at > @Now",
            new { UserId = userId, Now = clock.GetUtcNow().UtcDateTime }, cancellationToken: ct)), ct);

    /// <summary>Whether the user signed in from this address (its keyed hash) since <paramref name="since"/>.</summary>
    public async Task<bool> SignedInFromAsync(Guid userId, string addressKey, DateTime since, CancellationToken ct) =>
        await database.ReadAsync(c => c.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COUNT(*) FROM portal_sessions WHERE user_id = @UserId AND address_key = @AddressKey AND created_at >= @Since",
            new { UserId = userId, AddressKey = addressKey, Since = since }, cancellationToken: ct)), ct) > 0;
}
