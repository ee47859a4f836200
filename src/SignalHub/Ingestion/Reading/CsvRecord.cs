namespace SignalHub.Ingestion.Reading;

/// <summary>
/// One record as read from the file. Every instance is new and immutable: the caller may keep it
/// (the reader reuses only its private buffers). <see cref="StartLine"/> is the 1-based physical line
/// on which the record starts; <see cref="Fields"/> are the values as written (quotes removed,
/// whitespace kept). A record with an <see cref="Error"/> has no fields.
/// </summary>
public sealed record CsvRecord(int StartLine, IReadOnlyList<string> Fields, RecordError? Error)
{
    public bool IsValid => Error is null;
}
