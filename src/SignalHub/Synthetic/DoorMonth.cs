using SignalHub.Domain.Values;
using SignalHub.Domain.Vocabulary;
using SignalHub.Ingestion.Reading;

namespace SignalHub.Synthetic;

/// <summary>One signal to be written: which partner reports whom at which door, and the arrears.</summary>
internal sealed record SignalSpec(SyntheticPartner Partner, long Door, bool Lodger, int PersonSlot, bool Referral, Arrears Arrears,
    bool WarmHandover);

/// <summary>
/// The signals of one door in one month. Most households owe one partner; about one in ten owes two or
/// more, each a different kind of fixed cost, picked by the national mix (health insurance 45%, energy
/// 25%, rent 19%, water 11%). A household stays with its partners from month to month: its housing
/// corporation by neighbourhood, its energy supplier by household, its health insurer by person.
/// </summary>
internal sealed class DoorMonth(ulong seed, Population population)
{
    private static readonly CostType[] Types = [CostType.HealthInsurance, CostType.Energy, CostType.Rent, CostType.Water];
    // Drawn without repeats within a household, so rarer kinds gain a little: these weights give 45/25/19/11 written.
    private static readonly double[] Mix = [0.474, 0.244, 0.181, 0.101];
    private static readonly double[] SignalsPerHousehold = [0.9, 0.072, 0.023, 0.005];

    /// <summary>Average signals per signalled door, lodgers included; sizes a month from a number of signals.</summary>
    public const double SignalsPerDoor = 1.16;

    public List<SignalSpec> Signals(DoorAddress address, int month, Period period)
    {
        var door = address.Door;
        var random = SeededRandom.For(seed, Purpose.DoorMonth, door, month);
        var signals = new List<SignalSpec>(2);
        var (main, lodger) = !population.HasLodger(door) ? (true, false)
            : random.Weighted([0.5, 0.25, 0.25]) switch { 0 => (true, true), 1 => (true, false), _ => (false, true) };
        if (main)
            AddHousehold(signals, address, lodger: false, random, period);
        if (lodger)
            AddHousehold(signals, address, lodger: true, random, period);
        return signals;
    }

    private void AddHousehold(List<SignalSpec> signals, DoorAddress address, bool lodger, SeededRandom random, Period period)
    {
        var door = address.Door;
        var count = random.Weighted(SignalsPerHousehold) + 1;
        var weights = (double[])Mix.Clone();
        for (var i = 0; i < count; i++)
        {
            var pick = random.Weighted(weights);
            weights[pick] = 0;
            var costType = Types[pick];
            var slot = lodger ? Population.Lodger
                : population.HasPartner(door) && random.Chance(costType == CostType.HealthInsurance ? 0.5 : 0.2) ? Population.MainPartner
                : Population.MainAdult;
            var partner = PartnerFor(costType, address, lodger, slot);
            var referral = partner.Style.Has(PartnerColumn.Kind) && costType == CostType.Rent && random.Chance(0.02);
            signals.Add(new SignalSpec(partner, door, lodger, slot, referral, ArrearsPractice.Draw(costType, period, random), random.Chance(0.06)));
        }
    }

    private SyntheticPartner PartnerFor(CostType costType, DoorAddress address, bool lodger, int slot)
    {
        var door = address.Door;
        var choice = costType switch
        {
            CostType.Rent => StableHash.Unit(seed, Purpose.Household, address.Pc4Index, 7),
            CostType.HealthInsurance => StableHash.Unit(seed, Purpose.Persons, (door * Population.SlotsPerDoor) + slot, 9),
            _ => StableHash.Unit(seed, Purpose.Household, Population.HouseholdId(door, lodger), 8),
        };
        var partners = SyntheticPartners.For(costType);
        foreach (var partner in partners)
        {
            choice -= partner.Share;
            if (choice < 0)
                return partner;
        }
        return partners[^1];
    }
}
