namespace SignalHub.Ingestion.Reading;

/// <summary>
/// Bounds that keep one hostile or broken line from eating memory. A record that breaks one of them
/// becomes a record error; the reader then carries on with the next record.
/// </summary>
public sealed record CsvLimits
{
    /// <summary>Characters in one field value, after quotes are removed.</summary>
    public int MaxFieldLength { get; init; } = 4_000;

    /// <summary>Characters of one record as written in the file (quotes and embedded line breaks included).</summary>
    public int MaxRecordLength { get; init; } = 100_000;

    public int MaxFields { get; init; } = 200;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxFieldLength);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxRecordLength);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxFields);
    }
}
