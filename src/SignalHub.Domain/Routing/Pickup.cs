using System.Globalization;
using SignalHub.Domain.Matching;
using SignalHub.Domain.Values;
using SignalHub.Domain.Vocabulary;

namespace SignalHub.Domain.Routing;

/// <param name="MinimumAmount">Matches whose arrears total less than this are not picked up (many municipalities use 50 to 75 EUR).</param>
/// <param name="RepeatWindowMonths">A household whose case closed this many months before the signal's month is not picked up again unless its arrears rose.</param>
public sealed record PickupPolicy(decimal MinimumAmount, int RepeatWindowMonths);

/// <summary>An earlier period's case of the same address that is not closed.</summary>
public sealed record OpenCase(Guid CaseId, Period Period);

/// <summary>The most recently closed earlier case of the household, and the arrears total of its earlier match.</summary>
public sealed record ClosedCase(Guid CaseId, Period Period, DateOnly ClosedOn, decimal EarlierTotal);

/// <param name="TotalAmount">The sum of the match's arrears; null when no signal carries an amount.</param>
/// <param name="AlwaysPickUp">A referral with consent, a crisis or a scheduled eviction or cut-off: neither threshold applies.</param>
/// <param name="OutsideMunicipality">The BAG register places the address outside the municipality.</param>
public sealed record PickupFacts(Period Period, decimal? TotalAmount, bool AlwaysPickUp, OpenCase? OpenCase, ClosedCase? RecentlyClosed,
    bool OutsideMunicipality = false);

public enum PickupKind
{
    PickUp,
    JoinOpenCase,
    NotPickedUp,
}

/// <param name="Result">For <see cref="PickupKind.NotPickedUp"/>: the standard's final result that says why.</param>
/// <param name="CaseId">For <see cref="PickupKind.JoinOpenCase"/>: the case the match joins.</param>
public sealed record PickupDecision(PickupKind Kind, string Reason, CaseResult? Result = null, Guid? CaseId = null);

/// <summary>
/// Whether a ready match becomes work, decided per match at dispatch time, in this order:
/// <list type="number">
/// <item>An address outside the municipality (by its BAG register) is not picked up: "Persoon is geen inwoner (meer) in de gemeente".</item>
/// <item>A household already in an open case (same address, an earlier period's case not closed) joins that case.</item>
/// <item>Arrears below the minimum total are not picked up: "Niet opgepakt: onterecht signaal".</item>
/// <item>A household whose case closed within the repeat window is picked up again only when its arrears rose
/// above the total of its earlier match: otherwise "Niet opgepakt: herhaalde melding".</item>
/// </list>
/// Referrals with consent and urgent matches (crisis, scheduled eviction or cut-off) skip both thresholds.
/// </summary>
public static class Pickup
{
    /// <summary>The reason of a match picked up with nothing more to say.</summary>
    public const string PickedUp = "opgepakt";

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static PickupDecision Decide(PickupFacts facts, PickupPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(policy);
        if (facts.OutsideMunicipality)
            return new(PickupKind.NotPickedUp, "het adres ligt buiten de gemeente (BAG-register)", CaseResult.NotAResident);
        if (facts.OpenCase is { } open)
            return new(PickupKind.JoinOpenCase, $"sluit aan bij de lopende zaak van {open.Period}", CaseId: open.CaseId);
        if (facts.AlwaysPickUp)
            return new(PickupKind.PickUp, "opgepakt: verwijzing of urgent signaal");
        if (facts.TotalAmount is { } total && total < policy.MinimumAmount)
            return new(PickupKind.NotPickedUp, $"totale achterstand {Euro(total)} ligt onder de ondergrens van {Euro(policy.MinimumAmount)}",
                CaseResult.UnjustifiedSignal);
        if (facts.RecentlyClosed is { } closed && policy.RepeatWindowMonths > 0 && closed.ClosedOn >= facts.Period.FirstDay.AddMonths(-policy.RepeatWindowMonths))
        {
            var now = facts.TotalAmount ?? 0m;
            if (now <= closed.EarlierTotal)
                return new(PickupKind.NotPickedUp,
                    $"zaak van {closed.Period} gesloten op {closed.ClosedOn:yyyy-MM-dd}; achterstand niet gestegen ({Euro(now)}, eerder {Euro(closed.EarlierTotal)})",
                    CaseResult.RepeatSignal);
            return new(PickupKind.PickUp, $"opnieuw opgepakt: achterstand gestegen van {Euro(closed.EarlierTotal)} naar {Euro(now)}");
        }
        return new(PickupKind.PickUp, PickedUp);
    }

    /// <summary>
    /// A match skips both thresholds when it is urgent (a crisis, a scheduled eviction or cut-off) or when one of its
    /// signals is a referral with consent.
    /// </summary>
    public static bool AlwaysPicksUp(PriorityClass priority, IEnumerable<SignalKind> kinds)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        return priority == PriorityClass.Urgent || kinds.Contains(SignalKind.Referral);
    }

    /// <summary>The arrears total the minimum is held against; null when no signal carries an amount (then no minimum applies).</summary>
    public static decimal? TotalOf(IEnumerable<decimal?> amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        var known = amounts.OfType<decimal>().ToList();
        return known.Count > 0 ? known.Sum() : null;
    }

    private static string Euro(decimal amount) => "€ " + amount.ToString("N2", Dutch);
}
