using SignalHub.Domain.Outreach;
using SignalHub.Domain.Vocabulary;

namespace SignalHub.Feedback;

/// <summary>
/// Everything SignalHub knows of one of the partner's signals that its feedback status may depend on. Only the
/// signal's own state, its match's dispatch state and its case's status: nothing another partner sent.
/// </summary>
/// <param name="CaseResult">The case's final result. Outreach records it; until then it is always null.</param>
public sealed record SignalProgress(
    string SignalStatus,
    DateTime ReceivedAt,
    DateTime? SignalStatusAt,
    string? MatchStatus,
    DateTime? NotPickedUpAt,
    string? CaseStatus,
    DateTime? CaseCreatedAt,
    DateTime? CaseChangedAt,
    CaseResult? CaseResult = null);

/// <param name="Since">When the signal reached this status (UTC).</param>
/// <param name="Result">The case's final result, only when closed and the covenant allows sharing it.</param>
public sealed record PartnerStatus(FeedbackStatus Status, DateTime Since, CaseResult? Result);

/// <summary>
/// The mapping from SignalHub's state to the status a partner sees, in this order:
/// <list type="number">
/// <item>signal withdrawn (by the partner, or left out of its newer delivery) → <c>withdrawn</c>, dated when it happened;</item>
/// <item>match not picked up at dispatch → <c>not_picked_up</c>, dated by the decision, without its reason;</item>
/// <item>a case (its own, or the household's open case it joined), by case status: closed → <c>closed</c>;
/// help accepted → <c>help_under_way</c>; in contact → <c>contact_made</c>; new, assigned or contact attempted →
/// <c>in_progress</c>; dated by the case's last change, never before the signal arrived;</item>
/// <item>otherwise → <c>received</c>, dated when the delivery was received.</item>
/// </list>
/// A closed case whose final result is one of the standard's "not picked up" results (repeat signal, unjustified,
/// not a resident, deceased, other reason) reads <c>not_picked_up</c>, without the reason. Any other final result
/// goes along with <c>closed</c> only when <c>Feedback:ShareFinalResult</c> says the covenant allows it.
/// Outcome-specific statuses (an arrangement made, say) belong in <see cref="FromCase"/> once outreach records them.
/// </summary>
public static class FeedbackRules
{
    public static PartnerStatus StatusOf(SignalProgress progress, bool shareFinalResult)
    {
        ArgumentNullException.ThrowIfNull(progress);
        if (!SignalStandings.TryParse(progress.SignalStatus, out var standing, out _) || standing != SignalStanding.Current)
            return new(FeedbackStatus.Withdrawn, progress.SignalStatusAt ?? progress.ReceivedAt, null);
        MatchStatus? match = MatchStatuses.TryParse(progress.MatchStatus, out var parsed, out _) ? parsed : null;
        if (match == MatchStatus.NotPickedUp)
            return new(FeedbackStatus.NotPickedUp, Later(progress.NotPickedUpAt, progress.ReceivedAt), null);
        if (progress.CaseStatus is { } status && match == MatchStatus.Dispatched)
            return FromCase(CaseStages.TryParse(status, out var stage, out _) ? stage : null, progress, shareFinalResult);
        return new(FeedbackStatus.Received, progress.ReceivedAt, null);
    }

    /// <param name="stage">The case's status; null for a code the flow does not know, read as in progress.</param>
    private static PartnerStatus FromCase(CaseStage? stage, SignalProgress progress, bool shareFinalResult)
    {
        var changed = Later(progress.CaseChangedAt, progress.ReceivedAt);
        if (stage == CaseStage.Closed)
        {
            if (progress.CaseResult is { } result && SignalStatuses.TryFromCaseResult(result, out _))
                return new(FeedbackStatus.NotPickedUp, changed, null);
            return new(FeedbackStatus.Closed, changed, shareFinalResult ? progress.CaseResult : null);
        }
        return stage switch
        {
            CaseStage.HelpAccepted => new(FeedbackStatus.HelpUnderWay, changed, null),
            CaseStage.InContact => new(FeedbackStatus.ContactMade, changed, null),
            _ => new(FeedbackStatus.InProgress, Later(progress.CaseCreatedAt, progress.ReceivedAt), null),
        };
    }

    private static DateTime Later(DateTime? at, DateTime floor) => at is { } value && value > floor ? value : floor;
}
