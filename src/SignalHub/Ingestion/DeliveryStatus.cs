namespace SignalHub.Ingestion;

/// <summary>A delivery's life: stored, split into chunks, every chunk stored as signals; or refused whole.</summary>
public static class DeliveryStatus
{
    public const string Received = "received";
    public const string Processing = "processing";
    public const string Completed = "completed";
    public const string Rejected = "rejected";

    public static bool IsFinal(string status) => status is Completed or Rejected;
}
