using System.ComponentModel.DataAnnotations;

namespace SignalHub.Dispatch;

/// <summary>Section <c>Dispatch</c>: the agreed lead times.</summary>
public sealed class DispatchOptions
{
    public const string Section = "Dispatch";

    /// <summary>The whole cycle runs within this many days of the delivery deadline (28 in practice).</summary>
    [Range(1, 365)]
    public int CycleDays { get; set; } = 28;
}
