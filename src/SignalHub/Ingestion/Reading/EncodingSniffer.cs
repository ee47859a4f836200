using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace SignalHub.Ingestion.Reading;

/// <summary>
/// Tells the encoding of a partner file from its bytes (never from its name), in one streamed pass.
/// Rule: a file that is valid UTF-8 is UTF-8, anything else is Windows-1252. A UTF-16 byte-order mark,
/// or a NUL byte anywhere in the file, refuses it: since the whole file is scanned for UTF-8 anyway,
/// the NUL check costs nothing extra and also catches UTF-16 without a mark, spreadsheets and archives.
/// </summary>
public static class EncodingSniffer
{
    public const int DefaultBufferSize = 64 * 1024;

    private static readonly byte[] _utf8Bom = [0xEF, 0xBB, 0xBF];
    private static readonly Encoding _utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
    private static readonly Encoding _windows1252 = LoadWindows1252();

    /// <summary>Scans the whole stream from its current position, then puts the position back.</summary>
    public static EncodingDetection Detect(Stream seekable, int bufferSize = DefaultBufferSize)
    {
        ArgumentNullException.ThrowIfNull(seekable);
        ArgumentOutOfRangeException.ThrowIfLessThan(bufferSize, 4);
        if (!seekable.CanSeek || !seekable.CanRead)
        {
            throw new ArgumentException("The stream must be readable and seekable: it is read twice.", nameof(seekable));
        }
        var start = seekable.Position;
        // Room for up to 3 bytes of a UTF-8 sequence carried over from the previous block.
        var buffer = ArrayPool<byte>.Shared.Rent(bufferSize + 3);
        try
        {
            return Scan(seekable, buffer, bufferSize);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            seekable.Position = start;
        }
    }

    private static EncodingDetection Scan(Stream stream, byte[] buffer, int bufferSize)
    {
        long byteCount = 0;
        long lineEnds = 0;
        byte last = 0;
        var carried = 0;
        var isUtf8 = true;
        var preambleLength = 0;
        int read;
        while ((read = stream.ReadAtLeast(buffer.AsSpan(carried, bufferSize), bufferSize, throwOnEndOfStream: false)) > 0)
        {
            var block = buffer.AsSpan(carried, read);
            if (byteCount == 0)
            {
                if (block is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
                {
                    return EncodingDetection.Refused(new StructuralError(StructuralError.FileUtf16,
                        "file is UTF-16; save it as UTF-8 or Windows-1252"));
                }
                preambleLength = block.StartsWith(_utf8Bom) ? _utf8Bom.Length : 0;
            }
            var nul = block.IndexOf((byte)0);
            if (nul >= 0)
            {
                return EncodingDetection.Refused(new StructuralError(StructuralError.FileNotText,
                    $"not a text/CSV file: byte {byteCount + nul + 1} is a NUL byte (is it a spreadsheet, an archive or UTF-16?)"));
            }
            lineEnds += CountLineEnds(block, previous: last);
            last = block[^1];
            byteCount += read;
            if (isUtf8)
            {
                var data = buffer.AsSpan(0, carried + read);
                var tail = IncompleteSequenceLength(data);
                isUtf8 = Utf8.IsValid(data[..^tail]);
                data[^tail..].CopyTo(buffer);
                carried = tail;
            }
        }
        var lineCount = lineEnds + (byteCount == 0 || last is (byte)'\r' or (byte)'\n' ? 0 : 1);
        // A sequence still open at the end of the file is a truncated character.
        if (isUtf8 && carried == 0)
        {
            return EncodingDetection.Text(_utf8, preambleLength > 0 ? "UTF-8 with BOM" : "UTF-8",
                preambleLength, byteCount, lineCount);
        }
        // A UTF-8 mark on a file that is otherwise not UTF-8 is still a mark: skip it rather than show "ï»¿".
        return EncodingDetection.Text(_windows1252, "Windows-1252", preambleLength, byteCount, lineCount);
    }

    /// <summary>CRLF, LF and a lone CR each end one line, as in <see cref="CsvRecordReader"/>.</summary>
    private static long CountLineEnds(ReadOnlySpan<byte> block, byte previous)
    {
        var crlfAcrossBlocks = previous == '\r' && block[0] == '\n' ? 1 : 0;
        return block.Count((byte)'\n') + block.Count((byte)'\r') - block.Count("\r\n"u8) - crlfAcrossBlocks;
    }

    /// <summary>
    /// Bytes at the end of the block that start a multi-byte sequence the block does not finish;
    /// they are validated together with the next block.
    /// </summary>
    private static int IncompleteSequenceLength(ReadOnlySpan<byte> block)
    {
        for (var i = 1; i <= Math.Min(3, block.Length); i++)
        {
            var b = block[^i];
            if ((b & 0xC0) == 0x80)
            {
                continue;
            }
            var length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return length > i ? i : 0;
        }
        return 0;
    }

    private static Encoding LoadWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
