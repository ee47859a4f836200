using System.Text.Json;
using MassTransit;
using SignalHub.Messaging.Contracts;

namespace SignalHub.Messaging.Failures;

/// <summary>
/// Consumes MassTransit's <see cref="Fault{T}"/>, published when a consumer still fails after its retries and
/// redeliveries (the message itself lands in the queue's <c>_error</c> queue), into <c>failed_messages</c>.
/// </summary>
internal sealed class FaultRecorder<T>(FailedMessages failures, TimeProvider clock) : IConsumer<Fault<T>>
    where T : class
{
    private static readonly string ConsumerName = FaultedConsumers.Of(typeof(T));

    public async Task Consume(ConsumeContext<Fault<T>> context)
    {
        var fault = context.Message;
        var messageId = fault.FaultedMessageId ?? context.MessageId ?? Guid.CreateVersion7();
        var exception = fault.Exceptions.FirstOrDefault();
        var reason = exception is null ? "unknown" : $"{exception.ExceptionType}: {exception.Message}";
        await failures.RecordAsync(new FailedMessage(messageId, MessageTypes.NameOf(typeof(T)), ConsumerName,
            reason.Length > 4000 ? reason[..4000] : reason, JsonSerializer.Serialize(fault.Message), clock.GetUtcNow().UtcDateTime), context.CancellationToken);
    }
}

/// <summary>Which consumer handles a message type: every contract has exactly one.</summary>
internal static class FaultedConsumers
{
    public static string Of(Type messageType)
    {
        var consumerInterface = typeof(IConsumer<>).MakeGenericType(messageType);
        return typeof(FaultedConsumers).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && consumerInterface.IsAssignableFrom(t))
            .Select(t => t.Name)
            .FirstOrDefault() ?? "unknown";
    }

    public static IEnumerable<Type> RecorderTypes() =>
        MessageTypes.All.Select(type => typeof(FaultRecorder<>).MakeGenericType(type));
}
