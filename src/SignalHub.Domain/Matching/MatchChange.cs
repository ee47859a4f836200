namespace SignalHub.Domain.Matching;

/// <summary>What a match shows that regrouping may change: its priority and reasons, its signals, its address as shown and checked.</summary>
/// <param name="ResolvedByPartner">Every signal had been withdrawn or replaced away: new signals bring it back.</param>
public sealed record MatchShape(int Score, IReadOnlyList<string> Reasons, int SignalCount, bool ResolvedByPartner, string? Street, string? City,
    string AddressStatus);

/// <summary>
/// Did regrouping change a stored match? Only then is it written again (with the signals that left it) and passed on
/// to dispatch: a run over the same signals changes nothing.
/// </summary>
public static class MatchChange
{
    /// <param name="stored">The match as stored before this run.</param>
    /// <param name="now">The match as this run computed it; never resolved by partner, since it has signals.</param>
    public static bool HasChanged(MatchShape stored, MatchShape now)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(now);
        return stored.Score != now.Score || !stored.Reasons.SequenceEqual(now.Reasons, StringComparer.Ordinal) || stored.SignalCount != now.SignalCount
            || stored.ResolvedByPartner || stored.Street != now.Street || stored.City != now.City || stored.AddressStatus != now.AddressStatus;
    }
}
