using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace SignalHub.Security.Accounts;

/// <summary>
/// Wrong sign-in answers per client address, over every name (known or not): at
/// <see cref="AccountOptions.MaxFailedAttemptsPerAddress"/> the address may not sign in for a while, each lock in a row
/// twice as long (<see cref="AccountOptions.LockFor"/>). Kept in the web process's memory; an address quiet for a
/// day is forgotten.
/// </summary>
public sealed class SignInThrottle(IOptions<AccountOptions> options, TimeProvider clock)
{
    private static readonly TimeSpan ForgetAfter = TimeSpan.FromDays(1);

    private readonly ConcurrentDictionary<string, State> _addresses = new(StringComparer.Ordinal);

    public bool IsBlocked(string address) =>
        _addresses.TryGetValue(address, out var state) && state.BlockedUntil > clock.GetUtcNow();

    public void Failed(string address)
    {
        var now = clock.GetUtcNow();
        if (_addresses.Count > 10_000)
            foreach (var (key, old) in _addresses)
                if (now - old.LastFailure > ForgetAfter && old.BlockedUntil < now)
                    _addresses.TryRemove(key, out _);
        var state = _addresses.GetOrAdd(address, _ => new State());
        lock (state)
        {
            if (now - state.LastFailure > ForgetAfter)
                (state.Failures, state.Blocks) = (0, 0);
            state.LastFailure = now;
            if (++state.Failures < options.Value.MaxFailedAttemptsPerAddress)
                return;
            state.BlockedUntil = now + options.Value.LockFor(state.Blocks);
            (state.Failures, state.Blocks) = (0, state.Blocks + 1);
        }
    }

    private sealed class State
    {
        public int Failures;
        public int Blocks;
        public DateTimeOffset LastFailure;
        public DateTimeOffset BlockedUntil;
    }
}
