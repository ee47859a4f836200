using System.Globalization;
using MassTransit;

namespace SignalHub.Telemetry;

/// <summary>Measures how long a message waited from its outbox row to its consumer (the queue lag).</summary>
public sealed class QueueLagObserver(SignalHubMetrics metrics, TimeProvider clock) : IConsumeObserver
{
    /// <summary>Set by the outbox publisher: when the row was written, round-trip format, UTC.</summary>
    public const string CreatedAtHeader = "SignalHub-Outbox-CreatedAt";

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class
    {
        if (context.Headers.Get<string>(CreatedAtHeader) is { } text
            && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var createdAt))
            metrics.MessageTaken(typeof(T).Name, clock.GetUtcNow().UtcDateTime - createdAt);
        return Task.CompletedTask;
    }

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;
}
