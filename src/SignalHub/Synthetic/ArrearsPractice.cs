using SignalHub.Domain.Values;
using SignalHub.Domain.Vocabulary;

namespace SignalHub.Synthetic;

/// <summary>The arrears of one signal: how much, since when, how far collection has gone.</summary>
internal sealed record Arrears(decimal Amount, DateOnly Since, int Terms, CollectionStage? Stage, DateOnly? StageDate, bool Crisis);

/// <summary>
/// Amounts and durations as partners report them (DOMAIN.md): rent at two to five months, energy and
/// health insurance from two months (health insurers hand over to CAK at six), water a few quarterly bills;
/// never below EUR 50, which most municipalities ignore. An eviction or cut-off date lies ahead.
/// </summary>
internal static class ArrearsPractice
{
    public static Arrears Draw(CostType costType, Period period, SeededRandom random)
    {
        var (terms, monthly) = costType switch
        {
            CostType.Rent => (random.Weighted([0.35, 0.3, 0.2, 0.15]) + 2, Cents(random, 480, 1100)),
            CostType.Energy => (random.Weighted([0.3, 0.3, 0.2, 0.12, 0.08]) + 2, Cents(random, 85, 260)),
            CostType.Water => (random.Weighted([0.4, 0.35, 0.25]) + 2, Cents(random, 25, 60)),
            _ => (random.Weighted([0.3, 0.25, 0.2, 0.15, 0.1]) + 2, Cents(random, 138, 163)),
        };
        // A part of the last term is often paid.
        var amount = Math.Max(50m, Math.Round((terms * monthly) - (monthly * (decimal)random.NextDouble() * 0.4m), 2));
        var dueDay = costType == CostType.Rent ? 1 : random.Next(1, 29);
        var since = period.FirstDay.AddMonths(-terms).AddDays(dueDay - 1);
        var stage = Stage(costType, random);
        DateOnly? stageDate = stage switch
        {
            null => null,
            CollectionStage.EvictionScheduled or CollectionStage.CutoffScheduled => period.FirstDay.AddDays(random.Next(20, 76)),
            _ => period.FirstDay.AddDays(-random.Next(1, Math.Max(2, period.FirstDay.DayNumber - since.DayNumber))),
        };
        var crisis = stage is CollectionStage.EvictionScheduled or CollectionStage.CutoffScheduled && random.Chance(0.5);
        return new Arrears(amount, since, terms, stage, stageDate, crisis);
    }

    private static decimal Cents(SeededRandom random, int fromEuros, int toEuros) => random.Next(fromEuros * 100, toEuros * 100) / 100m;

    private static CollectionStage? Stage(CostType costType, SeededRandom random)
    {
        CollectionStage?[] stages = costType switch
        {
            CostType.Rent => [CollectionStage.Reminder, CollectionStage.FormalNotice, CollectionStage.Summons, CollectionStage.EvictionScheduled],
            CostType.Energy or CostType.Water => [null, CollectionStage.Reminder, CollectionStage.FormalNotice, CollectionStage.CutoffScheduled],
            _ => [null, CollectionStage.Reminder, CollectionStage.FormalNotice],
        };
        double[] weights = costType switch
        {
            CostType.Rent => [0.25, 0.45, 0.22, 0.08],
            CostType.Energy or CostType.Water => [0.1, 0.35, 0.5, 0.05],
            _ => [0.2, 0.4, 0.4],
        };
        return stages[random.Weighted(weights)];
    }
}
