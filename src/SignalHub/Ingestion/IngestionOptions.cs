using System.ComponentModel.DataAnnotations;

namespace SignalHub.Ingestion;

/// <summary>Limits and sizes of the delivery path. Section <c>Ingestion</c>.</summary>
public sealed class IngestionOptions
{
    public const string Section = "Ingestion";

    /// <summary>Largest file accepted, in bytes (default 512 MiB: well above a national month).</summary>
    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; set; } = 512L * 1024 * 1024;

    /// <summary>Most data rows one delivery may hold.</summary>
    [Range(1, 10_000_000)]
    public int MaxRows { get; set; } = 2_000_000;

    /// <summary>Records per chunk on the bus: large enough to bulk-load well, small enough to retry cheaply.</summary>
    [Range(10, 100_000)]
    public int ChunkRecords { get; set; } = 5_000;

    /// <summary>Day of the month by which partners deliver the month's arrears.</summary>
    [Range(1, 31)]
    public int DeadlineDay { get; set; } = 25;
}
