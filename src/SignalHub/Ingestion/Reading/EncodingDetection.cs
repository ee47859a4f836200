using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace SignalHub.Ingestion.Reading;

/// <summary>
/// What <see cref="EncodingSniffer"/> found: the encoding to decode with and the byte-order mark to
/// skip, or the structural error that refuses the file.
/// </summary>
public sealed class EncodingDetection
{
    private EncodingDetection(Encoding? encoding, string name, int preambleLength, long byteCount,
        long lineCount, StructuralError? error)
    {
        Encoding = encoding;
        Name = name;
        PreambleLength = preambleLength;
        ByteCount = byteCount;
        LineCount = lineCount;
        Error = error;
    }

    /// <summary>Null when the file is refused.</summary>
    public Encoding? Encoding { get; }

    /// <summary>"UTF-8", "UTF-8 with BOM" or "Windows-1252", for reports and feedback to the partner.</summary>
    public string Name { get; }

    /// <summary>Bytes of byte-order mark to skip before decoding (0 or 3).</summary>
    public int PreambleLength { get; }

    public long ByteCount { get; }

    /// <summary>Physical lines (a last line without a line end counts): an upper bound for records.</summary>
    public long LineCount { get; }

    public StructuralError? Error { get; }

    [MemberNotNullWhen(true, nameof(Encoding))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsText => Error is null;

    internal static EncodingDetection Text(Encoding encoding, string name, int preambleLength, long byteCount,
        long lineCount) => new(encoding, name, preambleLength, byteCount, lineCount, null);

    internal static EncodingDetection Refused(StructuralError error) => new(null, "", 0, 0, 0, error);
}
