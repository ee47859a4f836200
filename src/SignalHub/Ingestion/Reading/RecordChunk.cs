namespace SignalHub.Ingestion.Reading;

/// <summary>
/// A run of consecutive records as written in the file, to be stored now and parsed later.
/// Reading <see cref="Text"/> from <see cref="FirstLine"/> gives the same records and line numbers as
/// reading the whole file. A record too long to carry is a chunk of its own: empty text and its
/// <see cref="Error"/>.
/// </summary>
public sealed record RecordChunk(int FirstLine, string Text, int RecordCount, RecordError? Error)
{
    public IEnumerable<CsvRecord> ReadRecords(char delimiter, CsvLimits? limits = null)
    {
        if (Error is not null)
        {
            return [new CsvRecord(FirstLine, [], Error)];
        }
        return new CsvRecordReader(new StringReader(Text), delimiter, limits, FirstLine).ReadAll();
    }
}
