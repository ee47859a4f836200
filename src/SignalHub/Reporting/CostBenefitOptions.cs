namespace SignalHub.Reporting;

/// <summary>
/// Unit values of the cost-benefit estimate (<c>Reporting:CostBenefit:*</c>), in the spirit of a social cost-benefit
/// analysis. Each default names its source in docs/reporting.md; a municipality sets its own.
/// </summary>
public sealed class CostBenefitOptions
{
    public const string Section = "Reporting:CostBenefit";

    /// <summary>Societal cost of one eviction, in euros. Default: EUR 100,000 (Rotterdam Delfshaven household budgeting evaluation).</summary>
    public decimal EvictionValue { get; set; } = 100_000m;

    /// <summary>Evictions prevented per household that accepted help. Default: 2 per 250 participants a year = 0.008 (same source).</summary>
    public decimal EvictionsPreventedPerHelpedHousehold { get; set; } = 0.008m;

    /// <summary>Societal cost of one energy or water cut-off, in euros. Default 0: no public source confirmed, so not estimated until set.</summary>
    public decimal CutOffValue { get; set; }

    /// <summary>Cut-offs prevented per household that accepted help. Default 0, for the same reason.</summary>
    public decimal CutOffsPreventedPerHelpedHousehold { get; set; }

    /// <summary>One clear line per wrong key, or null when the values can be used.</summary>
    public string? Problem() =>
        EvictionValue < 0 ? $"{Section}:EvictionValue must be 0 or more euros"
        : CutOffValue < 0 ? $"{Section}:CutOffValue must be 0 or more euros"
        : EvictionsPreventedPerHelpedHousehold is < 0 or > 1 ? $"{Section}:EvictionsPreventedPerHelpedHousehold must be a fraction from 0 to 1"
        : CutOffsPreventedPerHelpedHousehold is < 0 or > 1 ? $"{Section}:CutOffsPreventedPerHelpedHousehold must be a fraction from 0 to 1"
        : null;
}

/// <summary>One line of the estimate: what is valued, how many (estimated), at what unit value, in total.</summary>
public sealed record EstimateLine(string What, decimal Count, decimal UnitValue, decimal Total);

/// <summary>The estimate of a period: never a counted figure; its input is the counted <see cref="MonitorFigures.HelpAccepted"/>.</summary>
public sealed record CostBenefitEstimate(int HelpAccepted, IReadOnlyList<EstimateLine> Lines)
{
    public decimal Total => Lines.Sum(l => l.Total);

    public static CostBenefitEstimate For(MonitorFigures figures, CostBenefitOptions options) => new(figures.HelpAccepted,
    [
        Line("Voorkomen huisuitzettingen", figures.HelpAccepted * options.EvictionsPreventedPerHelpedHousehold, options.EvictionValue),
        Line("Voorkomen afsluitingen van energie of water", figures.HelpAccepted * options.CutOffsPreventedPerHelpedHousehold, options.CutOffValue),
    ]);

    private static EstimateLine Line(string what, decimal count, decimal unit) => new(what, Math.Round(count, 2), unit, Math.Round(count * unit, 0));
}
