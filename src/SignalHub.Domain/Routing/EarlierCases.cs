using SignalHub.Domain.Values;

namespace SignalHub.Domain.Routing;

/// <summary>An earlier period's case of the household, as dispatch loads it: at the same address, or of the earlier match it was linked to.</summary>
/// <param name="LastChange">When the case last changed; for a closed case, when it closed (outreach records no separate closing date yet).</param>
public sealed record PriorCase(Guid CaseId, Guid MatchId, string AddressKey, Period Period, bool Closed, DateTime LastChange);

/// <summary>
/// Which of a household's earlier cases count for a new match:
/// <list type="bullet">
/// <item>the open case: at the same address, of an earlier period, not closed; the latest period wins (then the highest
/// case id), and the new match joins it;</item>
/// <item>the last closed case: of any of the household's earlier cases, the one that closed last (then the highest
/// case id); the repeat window of <see cref="Pickup"/> looks at it.</item>
/// </list>
/// </summary>
public static class EarlierCases
{
    public static PriorCase? OpenCase(string addressKey, Period period, IEnumerable<PriorCase> earlier)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        return earlier.Where(k => k.AddressKey == addressKey && !k.Closed && k.Period < period)
            .OrderByDescending(k => k.Period).ThenByDescending(k => k.CaseId).FirstOrDefault();
    }

    public static PriorCase? LastClosed(IEnumerable<PriorCase> earlier)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        return earlier.Where(k => k.Closed).OrderByDescending(k => k.LastChange).ThenByDescending(k => k.CaseId).FirstOrDefault();
    }
}
