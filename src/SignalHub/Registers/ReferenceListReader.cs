using SignalHub.Ingestion.Reading;

namespace SignalHub.Registers;

/// <summary>A column of a reference list (BAG addresses, areas, SDV clients) and the other names it may carry.</summary>
public sealed record ReferenceColumn(string Name, bool Required, params string[] Aliases);

/// <summary>One row of a reference list, by column name; <see cref="Error"/> when the row could not be read.</summary>
public sealed record ReferenceRow(int Line, IReadOnlyDictionary<string, string?> Values, string? Error)
{
    public string? this[string column] => Values.TryGetValue(column, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}

/// <summary>
/// Reads the municipality's own reference lists with the partner files' robustness (encoding and
/// delimiter detected, RFC 4180, names matched like partner headers), streamed row by row.
/// </summary>
public static class ReferenceListReader
{
    /// <returns>The rows, or the one reason the file cannot be read as this list.</returns>
    public static (IEnumerable<ReferenceRow>? Rows, string? Error) Open(Stream seekable, IReadOnlyList<ReferenceColumn> columns)
    {
        var detection = EncodingSniffer.Detect(seekable);
        if (!detection.IsText)
            return (null, detection.Error!.Message);
        var start = seekable.Position + detection.PreambleLength;
        seekable.Position = start;
        var sample = new char[64 * 1024];
        int read;
        using (var peek = new StreamReader(seekable, detection.Encoding!, false, 4096, leaveOpen: true))
            read = peek.ReadBlock(sample, 0, sample.Length);
        var delimiter = DelimiterDetector.Detect(sample.AsSpan(0, read));
        seekable.Position = start;
        var text = new StreamReader(seekable, detection.Encoding!, false, 64 * 1024, leaveOpen: true);
        var csv = new CsvRecordReader(text, delimiter);
        if (!csv.TryRead(out var header) || header.Error is not null)
            return (null, "the file has no readable header line");
        var index = new Dictionary<string, int>();
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var key = PartnerFileHeader.Normalise(header.Fields[i]);
            foreach (var column in columns.Where(c => c.Aliases.Prepend(c.Name).Any(a => PartnerFileHeader.Normalise(a) == key)))
                index.TryAdd(column.Name, i);
        }
        var missing = columns.Where(c => c.Required && !index.ContainsKey(c.Name)).Select(c => $"'{c.Name}'").ToList();
        if (missing.Count > 0)
            return (null, $"required column(s) {string.Join(", ", missing)} missing; the header has: {string.Join(", ", header.Fields)}");
        return (Rows(csv, text, index), null);
    }

    private static IEnumerable<ReferenceRow> Rows(CsvRecordReader csv, StreamReader text, Dictionary<string, int> index)
    {
        using (text)
        {
            while (csv.TryRead(out var record))
            {
                if (record.Error is not null)
                {
                    yield return new ReferenceRow(record.StartLine, new Dictionary<string, string?>(), record.Error.Message);
                    continue;
                }
                if (record.Fields.All(string.IsNullOrWhiteSpace))
                    continue;
                var values = index.ToDictionary(p => p.Key, p => p.Value < record.Fields.Count ? record.Fields[p.Value] : null);
                yield return new ReferenceRow(record.StartLine, values, null);
            }
        }
    }
}
