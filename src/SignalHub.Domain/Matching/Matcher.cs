using System.Globalization;
using SignalHub.Domain.Vocabulary;

namespace SignalHub.Domain.Matching;

/// <summary>
/// Decides what one address's current signals amount to: which signals count (the newest delivery of a
/// partner wins for a reference, <see cref="NewestDelivery"/>), the persons, the priority with its reasons, and whether it is acted on.
/// </summary>
public static class Matcher
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static MatchDecision Decide(IReadOnlyList<MatchSignal> signals, Recidivism? earlier, PriorityPolicy policy, DateOnly today)
    {
        var current = NewestDelivery.Current(signals, s => new(s.PartnerId, s.Reference, s.DeliveryReceivedAt, s.Id))
            // By content, not by id: the order partners happened to deliver in must not change the reasons.
            .OrderBy(s => s.CostType).ThenBy(s => s.Reference, StringComparer.Ordinal).ThenBy(s => s.PartnerId)
            .ToList();
        var costTypes = current.Select(s => s.CostType).Distinct().Order().ToList();
        var partners = current.Select(s => s.PartnerId).Distinct().Count();
        var multiple = costTypes.Count > 1 || partners > 1;
        var priority = Prioritise(current, costTypes, partners, earlier, policy, today);
        var actionable = current.Count > 0 && (policy.ActOn != "rent_or_multiple" || multiple || costTypes.Contains(CostType.Rent));
        return new MatchDecision(current, Persons.Of(current), priority, multiple, actionable, costTypes, partners);
    }

    private static Priority Prioritise(List<MatchSignal> signals, List<CostType> costTypes, int partners, Recidivism? earlier,
        PriorityPolicy policy, DateOnly today)
    {
        var reasons = new List<string>();
        var score = 0;
        var urgent = false;
        foreach (var rent in signals.Where(s => s.CostType == CostType.Rent).Take(1))
        {
            score += policy.RentArrears;
            var months = MonthsInArrears(rent, today);
            reasons.Add(months > 0 ? $"huurachterstand {months} {(months == 1 ? "maand" : "maanden")}" : "huurachterstand");
        }
        foreach (var s in signals.Where(s => s.CollectionStage is CollectionStage.EvictionScheduled or CollectionStage.CutoffScheduled))
        {
            urgent = true;
            var what = s.CollectionStage == CollectionStage.EvictionScheduled ? "ontruiming gepland" : $"afsluiting {s.CostType.DutchLabel().ToLower(Dutch)} gepland";
            reasons.Add(s.CollectionStageDate is { } date ? $"{what} op {date.ToString("d MMMM", Dutch)}" : what);
        }
        if (signals.Any(s => s.Crisis))
        {
            urgent = true;
            reasons.Add("crisissignaal");
        }
        if (signals.Any(s => s.CollectionStage == CollectionStage.Summons))
        {
            score += policy.Summons;
            reasons.Add("dagvaarding");
        }
        if (costTypes.Count > 1)
        {
            score += policy.PerExtraCostType * (costTypes.Count - 1);
            reasons.Add($"{costTypes.Count} soorten achterstand ({string.Join(", ", costTypes.Select(c => c.DutchLabel().ToLower(Dutch)))})");
        }
        if (partners > 1)
            reasons.Add($"{partners} partners");
        var longest = signals.Select(s => MonthsInArrears(s, today)).DefaultIfEmpty(0).Max();
        score += policy.PerMonthInArrears * Math.Min(longest, policy.MaxMonthsCounted);
        var total = signals.Sum(s => s.Amount ?? 0m);
        score += Math.Min(policy.MaxAmountPoints, (int)(total / policy.AmountStep) * policy.PerAmountStep);
        if (total > 0)
            reasons.Add($"totaal € {total.ToString("N2", Dutch)}");
        if (earlier is not null)
        {
            score += policy.Recidivist;
            reasons.Add($"eerder gemeld in {earlier.Period.ToString("MMMM yyyy", Dutch)}");
        }
        if (urgent)
            score += policy.UrgentBonus;
        var cls = urgent ? PriorityClass.Urgent
            : score >= policy.HighFrom ? PriorityClass.High
            : score >= policy.NormalFrom ? PriorityClass.Normal
            : PriorityClass.Low;
        return new Priority(cls, score, reasons);
    }

    /// <summary>Unpaid terms when the partner says; otherwise whole months since the first unpaid term.</summary>
    internal static int MonthsInArrears(MatchSignal signal, DateOnly today)
    {
        if (signal.UnpaidTerms is { } terms)
            return terms;
        if (signal.ArrearsSince is not { } since || since > today)
            return 0;
        return ((today.Year - since.Year) * 12) + today.Month - since.Month + (today.Day >= since.Day ? 0 : -1);
    }
}

/// <summary>An earlier match at the same address within the look-back period.</summary>
public sealed record Recidivism(Guid MatchId, DateOnly Period);

public sealed record MatchDecision(
    IReadOnlyList<MatchSignal> Signals,
    IReadOnlyList<Person> Persons,
    Priority Priority,
    bool MultipleArrears,
    bool Actionable,
    IReadOnlyList<CostType> CostTypes,
    int PartnerCount);
