using System.Text;

namespace SignalHub.Ingestion.Reading;

/// <summary>
/// Splits the rest of a file into chunks of at most N records, CSV-aware: a chunk never ends inside a
/// quoted field. Memory is bounded by one chunk (N records within the record length limit).
/// </summary>
public static class RecordSplitter
{
    // Empty lines inside a chunk are kept as line breaks so line numbers stay right;
    // a longer run of them starts a new chunk instead of bloating this one.
    private const int MaxEmptyLinesInChunk = 1_000;

    /// <param name="records">A reader positioned after the header.</param>
    /// <param name="maxRecordsPerChunk">At least 1.</param>
    public static IEnumerable<RecordChunk> Split(CsvRecordReader records, int maxRecordsPerChunk)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxRecordsPerChunk);
        return SplitIterator(records, maxRecordsPerChunk);
    }

    private static IEnumerable<RecordChunk> SplitIterator(CsvRecordReader records, int maxRecordsPerChunk)
    {
        var recordText = new StringBuilder();
        var chunkText = new StringBuilder();
        int firstLine = 0, count = 0, nextLine = 0;
        records.CaptureRawInto(recordText);
        try
        {
            while (records.TryRead(out var record))
            {
                var emptyLines = record.StartLine - nextLine;
                if (count > 0 && (count == maxRecordsPerChunk || emptyLines > MaxEmptyLinesInChunk || !records.LastRecordCaptured))
                {
                    yield return new RecordChunk(firstLine, chunkText.ToString(), count, null);
                    chunkText.Clear();
                    count = 0;
                }
                nextLine = records.CurrentLine;
                if (!records.LastRecordCaptured)
                {
                    yield return new RecordChunk(record.StartLine, "", 1, record.Error);
                    recordText.Clear();
                    continue;
                }
                if (count == 0)
                {
                    firstLine = record.StartLine;
                }
                else
                {
                    // CRLF, not LF: a record that ended with a lone CR would swallow an LF into one line end.
                    chunkText.Insert(chunkText.Length, "\r\n", emptyLines);
                }
                chunkText.Append(recordText);
                recordText.Clear();
                count++;
            }
            if (count > 0)
            {
                yield return new RecordChunk(firstLine, chunkText.ToString(), count, null);
            }
        }
        finally
        {
            records.CaptureRawInto(null);
        }
    }
}
