using System.ComponentModel.DataAnnotations;
using SignalHub.Domain.Outreach;

namespace SignalHub.Outreach;

/// <summary>Section <c>Outreach</c>: the outreach agreement and its lead times.</summary>
public sealed class OutreachOptions
{
    public const string Section = "Outreach";

    /// <summary>Home visits at different moments (another day or day-part) before a case may close as not reached.</summary>
    [Range(0, 10, ErrorMessage = "Outreach:RequiredHomeVisits must be 0 to 10")]
    public int RequiredHomeVisits { get; set; } = 2;

    [Range(0, 10, ErrorMessage = "Outreach:RequiredPhoneCalls must be 0 to 10")]
    public int RequiredPhoneCalls { get; set; } = 2;

    /// <summary>The first contact attempt is due this many working days (Monday to Friday) after dispatch.</summary>
    [Range(0, 60, ErrorMessage = "Outreach:FirstAttemptWorkingDays must be 0 to 60")]
    public int FirstAttemptWorkingDays { get; set; } = 5;

    /// <summary>A case is at risk from this many days before its due date.</summary>
    [Range(0, 365, ErrorMessage = "Outreach:AtRiskDays must be 0 to 365")]
    public int AtRiskDays { get; set; } = 7;

    /// <summary>
    /// Months after help started at which aftercare checks are planned. Null until configured, because the
    /// configuration binder appends to an array that already has values instead of replacing them.
    /// </summary>
    public int[]? AftercareMonths { get; set; }

    public IReadOnlyList<int> FollowUpMonths => AftercareMonths ?? [3, 6];

    public OutreachRequirement Requirement => new(RequiredHomeVisits, RequiredPhoneCalls);
}
