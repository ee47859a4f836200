namespace SignalHub.Ingestion.Reading;

/// <summary>
/// Why a whole file is refused: no row of it is read. <see cref="Code"/> is stable (partners and
/// reports key on it); <see cref="Message"/> is English and names what and where.
/// </summary>
public sealed record StructuralError(string Code, string Message)
{
    public const string FileEmpty = "file.empty";
    public const string FileTooLarge = "file.too_large";
    public const string FileTooManyRows = "file.too_many_rows";
    public const string FileUtf16 = "file.utf16";
    public const string FileNotText = "file.not_text";
    public const string HeaderEmpty = "header.empty";
    public const string HeaderUnreadable = "header.unreadable";
    public const string HeaderUnrecognised = "header.unrecognised";
    public const string HeaderMissingColumn = "header.missing_column";
    public const string HeaderDuplicateColumn = "header.duplicate_column";
}
