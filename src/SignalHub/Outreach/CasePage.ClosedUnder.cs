using SignalHub.Domain.Outreach;

namespace SignalHub.Outreach;

/// <summary>
/// A worker's change that lands on a case that closed meanwhile (the actuality check after the partner withdrew the
/// signals, or a colleague): the page says so at the top, and the form comes back with what they typed, so nothing
/// is dropped without a word.
/// </summary>
public sealed partial class CasePageModel
{
    /// <summary>Why the change was not saved, at the top of the page; null when the case did not close under the worker.</summary>
    public string? ClosedUnder { get; private set; }

    /// <summary>Who closed it, when and how, from the case's history.</summary>
    public string? ClosedHow { get; private set; }

    /// <summary>The form shown again with the worker's values although the case is closed: <c>poging</c> or <c>afsluiten</c>.</summary>
    public string? KeptForm { get; private set; }

    public bool ShowAttemptForm => !IsClosed || KeptForm == "poging";

    public bool ShowCloseForm => !IsClosed || KeptForm == "afsluiten";

    /// <returns>True when the refused change met a closed case, and the page now says so.</returns>
    private bool ExplainClosedUnder(Refusal refusal, string form, string what)
    {
        if (!IsClosed)
            return false;
        KeptForm = form;
        ClosedUnder = $"{refusal.DutchMessage} Uw {what} is niet opgeslagen. Wat u invulde staat hieronder nog, zodat u het kunt overnemen.";
        if (Detail.Events.LastOrDefault(e => e.Event == "closed") is { } closed)
            ClosedHow = $"Afgesloten op {Portal.Labels.Time(closed.At)} door {Portal.Labels.Actor(closed.Actor)}" +
                (string.IsNullOrEmpty(closed.Detail) ? "." : $": {closed.Detail}.");
        return true;
    }
}
