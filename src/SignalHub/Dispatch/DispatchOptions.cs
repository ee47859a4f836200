using System.ComponentModel.DataAnnotations;
using SignalHub.Domain.Routing;

namespace SignalHub.Dispatch;

/// <summary>Section <c>Dispatch</c>: the agreed lead times and which signals are picked up.</summary>
public sealed class DispatchOptions
{
    public const string Section = "Dispatch";

    /// <summary>The whole cycle runs within this many days of the delivery deadline (28 in practice).</summary>
    [Range(1, 365)]
    public int CycleDays { get; set; } = 28;

    /// <summary>
    /// A match whose arrears total less than this many euros gets no case ("Niet opgepakt: onterecht signaal").
    /// Many municipalities ignore signals below 50 to 75 EUR; 0 picks up every amount.
    /// </summary>
    [Range(0, 100_000)]
    public decimal MinimumAmount { get; set; } = 50m;

    /// <summary>
    /// A household whose case closed within this many months before the signal's month is picked up again only
    /// when its arrears rose ("Niet opgepakt: herhaalde melding"); 0 turns the rule off.
    /// </summary>
    [Range(0, 60)]
    public int RepeatWindowMonths { get; set; } = 3;

    public PickupPolicy ToPickupPolicy() => new(MinimumAmount, RepeatWindowMonths);
}
