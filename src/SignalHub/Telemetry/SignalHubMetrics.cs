using System.Diagnostics.Metrics;

namespace SignalHub.Telemetry;

/// <summary>
/// SignalHub's own instruments on the meter "SignalHub". Partners are tagged by id, never by name. Consumer
/// duration, retries and faults come from MassTransit's meter "MassTransit".
/// </summary>
public sealed class SignalHubMetrics
{
    public const string MeterName = "SignalHub";

    private readonly Counter<long> _signalsReceived;
    private readonly Counter<long> _signalsRejected;
    private readonly Histogram<double> _queueLag;

    public SignalHubMetrics(IMeterFactory meters)
    {
        Meter = meters.Create(MeterName);
        _signalsReceived = Meter.CreateCounter<long>("signalhub.signals.received", "{signal}", "rows of partner files that were validated");
        _signalsRejected = Meter.CreateCounter<long>("signalhub.signals.rejected", "{signal}", "validated rows that were rejected with an error");
        _queueLag = Meter.CreateHistogram<double>("signalhub.queue.lag", "s", "time from writing a message to the outbox until a consumer takes it");
    }

    public Meter Meter { get; }

    public void SignalsValidated(Guid partnerId, int accepted, int rejected)
    {
        var partner = new KeyValuePair<string, object?>("partner.id", partnerId.ToString("D"));
        _signalsReceived.Add(accepted + rejected, partner);
        if (rejected > 0)
            _signalsRejected.Add(rejected, partner);
    }

    public void MessageTaken(string messageType, TimeSpan lag) =>
        _queueLag.Record(Math.Max(0, lag.TotalSeconds), new KeyValuePair<string, object?>("messaging.message.type", messageType));
}
