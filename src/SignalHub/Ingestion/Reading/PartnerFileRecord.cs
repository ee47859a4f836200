namespace SignalHub.Ingestion.Reading;

/// <summary>
/// One row of a partner file: its start line, its values by canonical column (as written, untrimmed),
/// or the reason the row could not be read. Parsing the values is the row validator's work.
/// </summary>
public sealed class PartnerFileRecord
{
    private readonly HeaderMap _header;

    private PartnerFileRecord(int startLine, IReadOnlyList<string> fields, RecordError? error, HeaderMap header)
    {
        StartLine = startLine;
        Fields = fields;
        Error = error;
        _header = header;
    }

    public int StartLine { get; }

    public IReadOnlyList<string> Fields { get; }

    public RecordError? Error { get; }

    public bool IsValid => Error is null;

    /// <summary>The value, or null when the file has no such column (or the row has an error).</summary>
    public string? this[PartnerColumn column] => _header.Get(Fields, column);

    public string? Get(PartnerColumn column) => this[column];

    /// <summary>
    /// Null for a row with nothing in it (Excel writes <c>;;;;</c> for a row once typed in and cleared).
    /// A row with fewer fields than the header's named columns, or with extra non-empty fields, is an
    /// error: a missing or unquoted delimiter would otherwise shift values into the wrong columns.
    /// </summary>
    internal static PartnerFileRecord? From(CsvRecord record, HeaderMap header)
    {
        if (record.Error is not null)
        {
            return new PartnerFileRecord(record.StartLine, [], record.Error, header);
        }
        var fields = record.Fields;
        if (fields.All(string.IsNullOrWhiteSpace))
        {
            return null;
        }
        var width = header.Names.Count;
        var hasExtraValues = fields.Skip(width).Any(field => !string.IsNullOrWhiteSpace(field));
        if (fields.Count < header.NamedWidth || hasExtraValues)
        {
            var error = new RecordError(RecordError.FieldCount,
                $"line {record.StartLine} has {fields.Count} fields where the header has {width}; " +
                "a delimiter is missing or a value holding a delimiter is not quoted");
            return new PartnerFileRecord(record.StartLine, [], error, header);
        }
        return new PartnerFileRecord(record.StartLine, fields, null, header);
    }
}
