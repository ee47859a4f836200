using SignalHub.Domain.Values;

namespace SignalHub.Domain.Matching;

/// <summary>An earlier match of the household within the look-back period: at the same address, or of a signalled person elsewhere.</summary>
public sealed record EarlierMatch(Guid MatchId, Period Period);

/// <summary>
/// Whether a match is a recidivist, and of which earlier match: the latest earlier match at the same address; when
/// the address has none, the latest earlier match of one of its signalled persons at another address (a household that
/// moved). Only matches of periods before <c>period</c> count; between matches of one period, the highest id.
/// </summary>
public static class Recidivisms
{
    public static Recidivism? Choose(Period period, IEnumerable<EarlierMatch> atAddress, IEnumerable<EarlierMatch> ofPersonsElsewhere)
    {
        ArgumentNullException.ThrowIfNull(atAddress);
        ArgumentNullException.ThrowIfNull(ofPersonsElsewhere);
        var earlier = Latest(period, atAddress) ?? Latest(period, ofPersonsElsewhere);
        return earlier is null ? null : new Recidivism(earlier.MatchId, earlier.Period.FirstDay);
    }

    private static EarlierMatch? Latest(Period period, IEnumerable<EarlierMatch> matches) =>
        matches.Where(m => m.Period < period).OrderByDescending(m => m.Period).ThenByDescending(m => m.MatchId).FirstOrDefault();
}
