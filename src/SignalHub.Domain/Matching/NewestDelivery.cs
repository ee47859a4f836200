namespace SignalHub.Domain.Matching;

/// <summary>Where a signal came from, as far as "which one counts" needs to know.</summary>
/// <param name="Id">The signal's id: version-7, so a later-made signal has the higher id.</param>
public readonly record struct DeliveredSignal(Guid PartnerId, string Reference, DateTime ReceivedAt, Guid Id);

/// <summary>
/// A partner's newest delivery wins per reference: of the signals one partner sent for one reference, the one of the
/// latest-received delivery counts; on the same received time, the one with the highest id. Matching and dispatch both
/// take their signals through here, so the two can never disagree on which signal counts.
/// </summary>
public static class NewestDelivery
{
    public static IEnumerable<T> Current<T>(IEnumerable<T> signals, Func<T, DeliveredSignal> origin)
    {
        ArgumentNullException.ThrowIfNull(signals);
        ArgumentNullException.ThrowIfNull(origin);
        return signals
            .GroupBy(s => { var o = origin(s); return (o.PartnerId, o.Reference); })
            .Select(g => g.OrderByDescending(s => origin(s).ReceivedAt).ThenByDescending(s => origin(s).Id).First());
    }
}
