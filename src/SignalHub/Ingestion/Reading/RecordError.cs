namespace SignalHub.Ingestion.Reading;

/// <summary>
/// Why one record (one row) could not be read. The rest of the file is still read.
/// <see cref="Code"/> is stable; <see cref="Message"/> is English and names the line.
/// </summary>
public sealed record RecordError(string Code, string Message)
{
    public const string FieldTooLong = "record.field_too_long";
    public const string TooLong = "record.too_long";
    public const string TooManyFields = "record.too_many_fields";
    public const string UnterminatedQuote = "record.unterminated_quote";
    public const string FieldCount = "record.field_count";
}
