namespace SignalHub.Feedback;

/// <summary>Section <c>Feedback</c>: what the covenant with the partners allows them to hear back.</summary>
public sealed class FeedbackOptions
{
    public const string Section = "Feedback";

    /// <summary>
    /// Whether a closed case's final result (the standard's EnumEindresultaat) goes along with the status <c>closed</c>.
    /// Off by default: only a covenant that allows it should turn it on. "Not picked up" reasons are never shared.
    /// </summary>
    public bool ShareFinalResult { get; set; }
}
