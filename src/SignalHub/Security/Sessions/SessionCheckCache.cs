using System.Collections.Concurrent;

namespace SignalHub.Security.Sessions;

/// <summary>
/// When each session was last found valid in the database, so a request checks it at most once a minute
/// (<see cref="Fresh"/>). A change made in this process (sign-out, a stamp change) forgets at once; a change
/// made by another process (the command line, another web process) is seen within the minute.
/// </summary>
public sealed class SessionCheckCache(TimeProvider clock)
{
    public static readonly TimeSpan Fresh = TimeSpan.FromSeconds(60);

    private readonly ConcurrentDictionary<Guid, Entry> _checked = new();

    /// <summary>True when the session was found valid less than a minute ago and has not passed its absolute expiry.</summary>
    public bool IsFresh(Guid sessionId, Guid userId, string stamp)
    {
        var now = clock.GetUtcNow();
        return _checked.TryGetValue(sessionId, out var entry) && entry.UserId == userId && entry.Stamp == stamp
            && now - entry.CheckedAt < Fresh && now.UtcDateTime < entry.ExpiresAt;
    }

    public void Remember(Guid sessionId, Guid userId, string stamp, DateTime expiresAt)
    {
        var now = clock.GetUtcNow();
        if (_checked.Count > 10_000)
            foreach (var (id, old) in _checked)
                if (now - old.CheckedAt >= Fresh)
                    _checked.TryRemove(id, out _);
        _checked[sessionId] = new Entry(userId, stamp, expiresAt, now);
    }

    public void ForgetSession(Guid sessionId) => _checked.TryRemove(sessionId, out _);

    public void ForgetUser(Guid userId)
    {
        foreach (var (id, entry) in _checked)
            if (entry.UserId == userId)
                _checked.TryRemove(id, out _);
    }

    private sealed record Entry(Guid UserId, string Stamp, DateTime ExpiresAt, DateTimeOffset CheckedAt);
}
