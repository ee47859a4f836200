namespace SignalHub.Ingestion.Reading;

/// <summary>Limits for one partner file; a file over them is refused as a whole.</summary>
public sealed record PartnerFileReaderOptions
{
    public static PartnerFileReaderOptions Default { get; } = new();

    public long MaxFileBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Rows after the header (rows with nothing in them are not counted).</summary>
    public int MaxRows { get; init; } = 1_000_000;

    public CsvLimits Limits { get; init; } = new();
}
