using System.Buffers;
using System.Text;

namespace SignalHub.Ingestion.Reading;

/// <summary>
/// The ingestion consumer's entry point: <see cref="Open"/> checks a partner file as a whole (size,
/// encoding, header, row count) and either refuses it with structural errors or returns a reader whose
/// rows are streamed from the file. The file is read several times (sniff, header, rows), so the
/// stream must be seekable; enumerate one of <see cref="ReadRecords"/> or <see cref="ReadChunks"/> at a time.
/// </summary>
public sealed class PartnerFileReader
{
    private const int StreamBufferBytes = 64 * 1024;
    private const int DelimiterSampleChars = 64 * 1024;

    private readonly Stream _file;
    private readonly long _textStart;

    private PartnerFileReader(Stream file, long textStart, EncodingDetection detection, char delimiter,
        HeaderMap header, CsvLimits limits)
    {
        _file = file;
        _textStart = textStart;
        Encoding = detection.Encoding!;
        EncodingName = detection.Name;
        Delimiter = delimiter;
        Header = header;
        Limits = limits;
    }

    public Encoding Encoding { get; }

    /// <summary>"UTF-8", "UTF-8 with BOM" or "Windows-1252".</summary>
    public string EncodingName { get; }

    public char Delimiter { get; }

    public HeaderMap Header { get; }

    public CsvLimits Limits { get; }

    /// <summary>Structural checks start at the stream's current position; the stream stays the caller's.</summary>
    public static PartnerFileOpenResult Open(Stream seekable, PartnerFileReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(seekable);
        options ??= PartnerFileReaderOptions.Default;
        if (!seekable.CanSeek || !seekable.CanRead)
        {
            throw new ArgumentException("The stream must be readable and seekable: it is read more than once.", nameof(seekable));
        }
        var size = seekable.Length - seekable.Position;
        if (size == 0)
        {
            return PartnerFileOpenResult.Refused(StructuralError.FileEmpty, "the file is empty (0 bytes)");
        }
        if (size > options.MaxFileBytes)
        {
            return PartnerFileOpenResult.Refused(StructuralError.FileTooLarge,
                $"the file is {size} bytes, more than the limit of {options.MaxFileBytes} bytes");
        }
        var detection = EncodingSniffer.Detect(seekable);
        if (!detection.IsText)
        {
            return PartnerFileOpenResult.Refused(detection.Error);
        }
        var textStart = seekable.Position + detection.PreambleLength;
        var delimiter = DetectDelimiter(seekable, textStart, detection.Encoding);
        HeaderMap header;
        using (var text = OpenText(seekable, textStart, detection.Encoding))
        {
            var csv = new CsvRecordReader(text, delimiter, options.Limits);
            if (!csv.TryRead(out var headerRecord))
            {
                return PartnerFileOpenResult.Refused(StructuralError.FileEmpty,
                    "the file has no header and no rows: it holds only empty lines");
            }
            if (headerRecord.Error is not null)
            {
                return PartnerFileOpenResult.Refused(StructuralError.HeaderUnreadable,
                    $"the header could not be read: {headerRecord.Error.Message}");
            }
            header = PartnerFileHeader.Map(headerRecord.Fields);
        }
        if (!header.IsValid)
        {
            return PartnerFileOpenResult.Refused(header.Errors);
        }
        var reader = new PartnerFileReader(seekable, textStart, detection, delimiter, header, options.Limits);
        // Rows <= lines after the header, so the exact (slower) count is needed only when that bound is over the limit.
        if (detection.LineCount - 1 > options.MaxRows && reader.ReadRecords().Take(options.MaxRows + 1).Count() > options.MaxRows)
        {
            return PartnerFileOpenResult.Refused(StructuralError.FileTooManyRows,
                $"the file has more than {options.MaxRows} rows, the limit for one file");
        }
        return PartnerFileOpenResult.Open(reader);
    }

    /// <summary>The rows after the header, streamed; rows with nothing in them are skipped.</summary>
    public IEnumerable<PartnerFileRecord> ReadRecords()
    {
        using var text = OpenText(_file, _textStart, Encoding);
        var csv = ReaderAfterHeader(text);
        while (csv.TryRead(out var record))
        {
            if (PartnerFileRecord.From(record, Header) is { } row)
            {
                yield return row;
            }
        }
    }

    /// <summary>The rows after the header as raw chunks of at most <paramref name="maxRecordsPerChunk"/> records.</summary>
    public IEnumerable<RecordChunk> ReadChunks(int maxRecordsPerChunk)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxRecordsPerChunk);
        return ReadChunksIterator(maxRecordsPerChunk);
    }

    /// <summary>A stored chunk's rows, exactly as <see cref="ReadRecords"/> gives them for the whole file.</summary>
    public static IEnumerable<PartnerFileRecord> ReadChunk(RecordChunk chunk, HeaderMap header, char delimiter,
        CsvLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        ArgumentNullException.ThrowIfNull(header);
        return chunk.ReadRecords(delimiter, limits)
            .Select(record => PartnerFileRecord.From(record, header))
            .OfType<PartnerFileRecord>();
    }

    private IEnumerable<RecordChunk> ReadChunksIterator(int maxRecordsPerChunk)
    {
        using var text = OpenText(_file, _textStart, Encoding);
        foreach (var chunk in RecordSplitter.Split(ReaderAfterHeader(text), maxRecordsPerChunk))
        {
            yield return chunk;
        }
    }

    private CsvRecordReader ReaderAfterHeader(TextReader text)
    {
        var csv = new CsvRecordReader(text, Delimiter, Limits);
        csv.TryRead(out _);
        return csv;
    }

    private static char DetectDelimiter(Stream file, long textStart, Encoding encoding)
    {
        var sample = ArrayPool<char>.Shared.Rent(DelimiterSampleChars);
        try
        {
            using var text = OpenText(file, textStart, encoding);
            var read = text.ReadBlock(sample, 0, DelimiterSampleChars);
            return DelimiterDetector.Detect(sample.AsSpan(0, read));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(sample);
        }
    }

    private static StreamReader OpenText(Stream file, long textStart, Encoding encoding)
    {
        file.Position = textStart;
        return new StreamReader(file, encoding, detectEncodingFromByteOrderMarks: false, StreamBufferBytes, leaveOpen: true);
    }
}
