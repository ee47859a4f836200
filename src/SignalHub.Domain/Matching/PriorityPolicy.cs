namespace SignalHub.Domain.Matching;

/// <summary>
/// The weights behind a match's priority. Defaults follow practice (DOMAIN.md): rent arrears first, a
/// scheduled eviction or cut-off or a crisis signal is urgent, more kinds of arrears and longer arrears
/// raise the score, a household reported before gets attention sooner.
/// </summary>
public sealed record PriorityPolicy
{
    public int RentArrears { get; init; } = 40;
    public int PerExtraCostType { get; init; } = 15;
    public int PerMonthInArrears { get; init; } = 2;
    public int MaxMonthsCounted { get; init; } = 24;
    public int PerAmountStep { get; init; } = 1;
    public decimal AmountStep { get; init; } = 250m;
    public int MaxAmountPoints { get; init; } = 20;
    public int Summons { get; init; } = 25;
    public int Recidivist { get; init; } = 10;
    public int UrgentBonus { get; init; } = 100;
    public int HighFrom { get; init; } = 60;
    public int NormalFrom { get; init; } = 25;

    /// <summary>Which matches are acted on: <c>all</c> (default) or <c>rent_or_multiple</c> (the Haarlem pilot).</summary>
    public string ActOn { get; init; } = "all";
}
