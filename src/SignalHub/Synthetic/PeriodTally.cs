using SignalHub.Domain.Routing;
using Route = SignalHub.Domain.Routing.Route;
using SignalHub.Domain.Vocabulary;

namespace SignalHub.Synthetic;

/// <summary>The counts of one period, written as its totals in expected.json.</summary>
internal sealed class PeriodTally
{
    public int[] SignalsPerPartner { get; } = new int[SyntheticPartners.All.Count];

    /// <summary>Rows in each partner's replacement file; -1 where the partner sent none.</summary>
    public int[] ReplacementRowsPerPartner { get; } = [.. SyntheticPartners.All.Select(_ => -1)];

    public Dictionary<CostType, int> SignalsPerCostType { get; } = CostTypes.All.ToDictionary(c => c, _ => 0);

    public Dictionary<Route, int> Routes { get; } = Enum.GetValues<Route>().ToDictionary(r => r, _ => 0);

    public int Signals { get; set; }

    public int Withdrawn { get; set; }

    public int Referrals { get; set; }

    public int MessyRows { get; set; }

    public int Doors { get; set; }

    /// <summary>Doors with two or more signals in the month's files (before withdrawals).</summary>
    public int DoorsWithSeveralSignals { get; set; }

    public int Matches { get; set; }

    public int ResolvedByPartner { get; set; }

    public int Recidivists { get; set; }

    public int JoinedOpenCases { get; set; }

    public int KnownClients { get; set; }

    public int Rows => SignalsPerPartner.Sum() + ReplacementRowsPerPartner.Where(r => r > 0).Sum();
}
