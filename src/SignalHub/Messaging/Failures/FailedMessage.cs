namespace SignalHub.Messaging.Failures;

/// <summary>A message whose consumer kept failing after every retry and redelivery; waits for an operator.</summary>
public sealed record FailedMessage(Guid MessageId, string MessageType, string Consumer, string Reason, string Body, DateTime FailedAt);

/// <summary>What an operator decided about a failed message.</summary>
public enum FailedMessageResolution
{
    Retried,
    Discarded,
}
