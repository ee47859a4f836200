namespace SignalHub.Domain.Vocabulary;

/// <summary>A delivery's life: stored, split into chunks, every chunk stored as signals; or refused whole. The codes are what <c>deliveries.status</c> stores.</summary>
public enum DeliveryStatus
{
    Received = 1,
    Processing,
    Completed,
    Rejected,
}

public static class DeliveryStatuses
{
    private static readonly CodeList<DeliveryStatus> List = new(
        "delivery status",
        new(DeliveryStatus.Received, "received", "Ontvangen", null),
        new(DeliveryStatus.Processing, "processing", "In verwerking", null),
        new(DeliveryStatus.Completed, "completed", "Verwerkt", null),
        new(DeliveryStatus.Rejected, "rejected", "Afgewezen", null));

    public static IReadOnlyList<DeliveryStatus> All => List.All;

    public static bool TryParse(string? raw, out DeliveryStatus value, out string? error) => List.TryParse(raw, out value, out error);

    public static string ToCode(this DeliveryStatus value) => List.Code(value);

    public static string DutchLabel(this DeliveryStatus value) => List.Label(value);

    /// <summary>Nothing more will happen to the delivery: completed or rejected.</summary>
    public static bool IsFinal(this DeliveryStatus value) => value is DeliveryStatus.Completed or DeliveryStatus.Rejected;

    /// <summary>The same for a stored code; a code that does not read is not final.</summary>
    public static bool IsFinal(string? code) => TryParse(code, out var value, out _) && value.IsFinal();
}
