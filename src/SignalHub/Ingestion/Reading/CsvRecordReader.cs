using System.Buffers;
using System.Diagnostics.CodeAnalysis;

namespace SignalHub.Ingestion.Reading;

/// <summary>
/// Reads RFC 4180 records from a <see cref="TextReader"/> one at a time, in bounded memory.
/// Quoted fields may hold delimiters, <c>""</c> and line breaks; CRLF, LF and a lone CR end a line.
/// Lenient where partners' tools are sloppy: a quote inside an unquoted field is kept, text after a
/// closing quote is kept, whitespace is kept (the caller trims). Empty lines are skipped but counted.
/// </summary>
public sealed partial class CsvRecordReader
{
    private const int BufferSize = 32 * 1024;
    private static readonly SearchValues<char> _quotedStops = SearchValues.Create("\"\r\n");

    private readonly TextReader _reader;
    private readonly char _delimiter;
    private readonly SearchValues<char> _unquotedStops;
    private readonly FieldAccumulator _fields;
    private readonly char[] _buffer = new char[BufferSize];
    private int _pos;
    private int _len;
    private long _bufferStart;
    private bool _eof;
    private int _line;
    private long _recordStart = -1;
    private bool _quoteOpenAtEof;

    // firstLine: the line number of the reader's first character (a chunk's first line).
    public CsvRecordReader(TextReader reader, char delimiter, CsvLimits? limits = null, int firstLine = 1)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (delimiter is '"' or '\r' or '\n')
        {
            throw new ArgumentException("A quote or line break cannot be the delimiter.", nameof(delimiter));
        }
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(firstLine);
        Limits = limits ?? new CsvLimits();
        Limits.Validate();
        _reader = reader;
        _delimiter = delimiter;
        _unquotedStops = SearchValues.Create([delimiter, '\r', '\n']);
        _fields = new FieldAccumulator(Limits);
        _line = firstLine;
    }

    public CsvLimits Limits { get; }

    /// <summary>The line on which the next record may start.</summary>
    public int CurrentLine => _line;

    /// <summary>Characters the reader holds for values; it stays put unless a record is longer than all before it.</summary>
    internal int ValueCapacity => _fields.Capacity;

    public IEnumerable<CsvRecord> ReadAll()
    {
        while (TryRead(out var record))
        {
            yield return record;
        }
    }

    public bool TryRead([NotNullWhen(true)] out CsvRecord? record)
    {
        record = null;
        if (!SkipEmptyLines())
        {
            return false;
        }
        var startLine = _line;
        _recordStart = _bufferStart + _pos;
        _fields.Clear();
        _quoteOpenAtEof = false;
        BeginCapture();
        ReadFields();
        var length = _bufferStart + _pos - _recordStart;
        _recordStart = -1;
        ConsumeLineEnd();
        EndCapture();
        record = Finish(startLine, length);
        return true;
    }

    private CsvRecord Finish(int startLine, long length)
    {
        // Fixed precedence, so the error never depends on where a buffer happened to end.
        var error = _quoteOpenAtEof
            ? new RecordError(RecordError.UnterminatedQuote,
                $"line {startLine}: a quoted field is never closed, so the rest of the file could not be read")
            : length > Limits.MaxRecordLength
                ? new RecordError(RecordError.TooLong,
                    $"line {startLine}: the record is longer than {Limits.MaxRecordLength} characters")
                : _fields.ErrorAt(startLine);
        return error is null
            ? new CsvRecord(startLine, _fields.ToFields(), null)
            : new CsvRecord(startLine, [], error);
    }

    private void ReadFields()
    {
        while (true)
        {
            if (_pos < _len || Refill())
            {
                if (_buffer[_pos] == '"')
                {
                    _pos++;
                    ReadQuoted();
                }
                else
                {
                    ReadUnquoted();
                }
            }
            _fields.EndField();
            if ((_pos >= _len && !Refill()) || _buffer[_pos] != _delimiter)
            {
                return;
            }
            _pos++;
        }
    }

    private void ReadUnquoted()
    {
        while (true)
        {
            var span = _buffer.AsSpan(_pos, _len - _pos);
            var stop = span.IndexOfAny(_unquotedStops);
            if (stop >= 0)
            {
                _fields.Append(span[..stop]);
                _pos += stop;
                return;
            }
            _fields.Append(span);
            _pos = _len;
            if (!Refill())
            {
                return;
            }
        }
    }

    private void ReadQuoted()
    {
        while (true)
        {
            if (_pos >= _len && !Refill())
            {
                _quoteOpenAtEof = true;
                return;
            }
            var span = _buffer.AsSpan(_pos, _len - _pos);
            var stop = span.IndexOfAny(_quotedStops);
            if (stop < 0)
            {
                _fields.Append(span);
                _pos = _len;
                continue;
            }
            _fields.Append(span[..stop]);
            _pos += stop;
            var c = _buffer[_pos++];
            if (c != '"')
            {
                _fields.Append(c);
                _line++;
                if (c == '\r' && NextIs('\n'))
                {
                    _fields.Append('\n');
                    _pos++;
                }
            }
            else if (NextIs('"'))
            {
                _fields.Append('"');
                _pos++;
            }
            else
            {
                ReadUnquoted();
                return;
            }
        }
    }
}
