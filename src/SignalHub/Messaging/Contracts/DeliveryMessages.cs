namespace SignalHub.Messaging.Contracts;

// Queue names derive from this namespace: it never moves. Ids make every handling idempotent.

/// <summary>A partner's file is stored whole; it still has to be split into chunks.</summary>
public sealed record DeliveryReceived(Guid DeliveryId);

/// <summary>One chunk of a delivery's records waits to be validated and stored as signals.</summary>
public sealed record DeliveryChunkReady(Guid DeliveryId, int Seq);

/// <summary>A chunk's valid rows are stored as signals; their addresses need matching.</summary>
public sealed record SignalsAccepted(Guid DeliveryId, int Seq, string Period);

/// <summary>
/// Every chunk of a delivery is done. The partner's newest complete delivery for the period
/// (<paramref name="NewestDeliveryId"/>, usually this one) has superseded the signals it no longer holds.
/// </summary>
public sealed record DeliveryCompleted(Guid DeliveryId, Guid PartnerId, string Period, Guid NewestDeliveryId);
