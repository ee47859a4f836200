using SignalHub.Domain.Vocabulary;

namespace SignalHub.Domain.Outreach;

/// <summary>
/// The actuality check before the first home visit (a pilot lesson: outdated signals were sent to the door).
/// When none of a case's signals is current any more, nobody goes; the case is closed with the result that says
/// why, from the partners' withdrawal reasons: paid or arranged, a wrong address, or another reason.
/// </summary>
public static class Actuality
{
    /// <param name="withdrawalReasons">
    /// Why the match's withdrawn signals were withdrawn: the partner API's codes (paid, payment_arrangement, wrong_address,
    /// other) or the delivery's own words for a signal a newer file left out. Empty when every signal was replaced away.
    /// </param>
    public static CaseResult ResultWhenNotCurrent(IReadOnlyCollection<string?> withdrawalReasons)
    {
        if (withdrawalReasons.Count == 0)
            return CaseResult.NotPickedUpOtherReason;
        if (withdrawalReasons.All(r => r is "paid" or "payment_arrangement"))
            return CaseResult.PaidOrArrangedThemselves;
        if (withdrawalReasons.All(r => r is "wrong_address"))
            return CaseResult.UnjustifiedSignal;
        return CaseResult.NotPickedUpOtherReason;
    }
}
