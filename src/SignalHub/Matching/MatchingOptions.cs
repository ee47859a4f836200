using System.ComponentModel.DataAnnotations;
using SignalHub.Domain.Matching;

namespace SignalHub.Matching;

/// <summary>Section <c>Matching</c>: the priority policy and the recidivism look-back.</summary>
public sealed class MatchingOptions
{
    public const string Section = "Matching";

    public PriorityPolicy Priority { get; set; } = new();

    /// <summary>An address matched within this many months before is a recidivist.</summary>
    [Range(0, 60)]
    public int RecidivismMonths { get; set; } = 12;
}
