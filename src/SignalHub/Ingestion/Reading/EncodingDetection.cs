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
        long lineEndBytes, StructuralError? error)
    {
        Encoding = encoding;
        Name = name;
        PreambleLength = preambleLength;
        ByteCount = byteCount;
        LineEndBytes = lineEndBytes;
        Error = error;
    }

    /// <summary>Null when the file is refused.</summary>
    public Encoding? Encoding { get; }

    /// <summary>"UTF-8", "UTF-8 with BOM" or "Windows-1252", for reports and feedback to the partner.</summary>
    public string Name { get; }

    /// <summary>Bytes of byte-order mark to skip before decoding (0 or 3).</summary>
    public int PreambleLength { get; }

    public long ByteCount { get; }

    /// <summary>CR plus LF bytes: one more than this is an upper bound for the number of lines.</summary>
    public long LineEndBytes { get; }

    public StructuralError? Error { get; }

    [MemberNotNullWhen(true, nameof(Encoding))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsText => Error is null;

    internal static EncodingDetection Text(Encoding encoding, string name, int preambleLength, long byteCount,
        long lineEndBytes) => new(encoding, name, preambleLength, byteCount, lineEndBytes, null);

    internal static EncodingDetection Refused(StructuralError error) => new(null, "", 0, 0, 0, error);
}
