using System.Text;
using System.Text.Json;

namespace SignalHub.Ingestion.Json;

/// <summary>
/// Streams a JSON delivery, <c>{"signals": [...]}</c> or a bare array, and writes each signal as one line
/// of canonical CSV as soon as its object is complete: memory holds one buffer and one signal, never the
/// body. Throws <see cref="JsonDeliveryException"/> at the first syntax or shape error.
/// </summary>
internal sealed class JsonDeliveryReader(Stream json, TextWriter rows, int maxSignals, int bufferBytes = JsonDeliveryReader.DefaultBufferBytes)
{
    public const int DefaultBufferBytes = 64 * 1024;

    /// <summary>One signal (or one value before the array) must fit in this; far above any real signal.</summary>
    public const int MaxValueBytes = 1024 * 1024;

    private readonly JsonSignalRow _row = new();
    private readonly TextPosition _position = new();
    private byte[] _buffer = new byte[bufferBytes];
    private int _start;
    private int _end;
    private bool _final;
    private JsonReaderState _state;
    private Stage _stage;
    private bool _wrapped;
    private bool _sawSignals;

    private enum Stage { Start, WrapperProperty, Signals, End, Finished }

    public int SignalCount { get; private set; }

    public IReadOnlyList<string> UnknownProperties => _row.Unknown.Names;

    public async Task ReadAsync(CancellationToken ct)
    {
        while (_stage != Stage.Finished)
        {
            await FillAsync(ct);
            var consumed = Process(_buffer.AsSpan(_start, _end - _start));
            _position.Advance(_buffer.AsSpan(_start, consumed));
            _start += consumed;
            if (consumed == 0 && _final && _stage != Stage.Finished)
                throw Refuse("the body ends before the delivery does", null, 0);
            if (consumed == 0 && _start == 0 && _end == _buffer.Length)
                Grow();
        }
    }

    private async Task FillAsync(CancellationToken ct)
    {
        if (_final || _end - _start == _buffer.Length)
            return;
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            (_end, _start) = (_end - _start, 0);
        }
        var read = await json.ReadAsync(_buffer.AsMemory(_end), ct);
        _final = read == 0;
        _end += read;
        if (_position.Offset == 0 && _end - _start >= 3 && _buffer.AsSpan(_start).StartsWith("\uFEFF"u8))
        {
            _position.Advance(_buffer.AsSpan(_start, 3)); // A UTF-8 byte-order mark, which the JSON reader does not take.
            _start += 3;
        }
    }

    private void Grow()
    {
        if (_buffer.Length >= MaxValueBytes)
            throw Refuse($"a signal or value is larger than {MaxValueBytes:N0} bytes", null, 0);
        Array.Resize(ref _buffer, Math.Min(_buffer.Length * 2, MaxValueBytes));
    }

    /// <returns>The bytes fully handled; the rest waits for more input.</returns>
    private int Process(ReadOnlySpan<byte> data)
    {
        var reader = new Utf8JsonReader(data, _final, _state);
        var consumed = 0;
        try
        {
            // A step either completes (and counts) or leaves nothing behind: it is retried on more bytes.
            while (_stage != Stage.Finished && Step(ref reader, data))
            {
                consumed = (int)reader.BytesConsumed;
                _state = reader.CurrentState;
            }
        }
        catch (JsonException e)
        {
            // Our own words: the parser's message quotes the body's bytes and names its own types.
            throw new JsonDeliveryException(JsonDeliveryException.Syntax,
                $"the body is not valid JSON at line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1} of that line", e)
            {
                Line = e.LineNumber + 1, Column = e.BytePositionInLine + 1, Element = _stage == Stage.Signals ? SignalCount : null,
            };
        }
        catch (InvalidOperationException e) when (e.InnerException is DecoderFallbackException || e.Message.Contains("UTF-8", StringComparison.Ordinal))
        {
            var where = _stage == Stage.Signals ? $"signals[{SignalCount}]" : "the body";
            throw new JsonDeliveryException(JsonDeliveryException.Syntax, $"{where} holds text that is not valid UTF-8", e)
            {
                Element = _stage == Stage.Signals ? SignalCount : null,
            };
        }
        return consumed;
    }

    private bool Step(ref Utf8JsonReader reader, ReadOnlySpan<byte> data)
    {
        if (!reader.Read())
        {
            if (_stage == Stage.End && _final)
                _stage = Stage.Finished;
            return _stage == Stage.Finished;
        }
        switch (_stage)
        {
            case Stage.Start when reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray:
                _wrapped = reader.TokenType == JsonTokenType.StartObject;
                _stage = _wrapped ? Stage.WrapperProperty : Stage.Signals;
                return true;
            case Stage.Start:
                throw Refuse($"the body is {JsonKinds.Describe(reader.TokenType)}; a delivery is {{\"signals\": [...]}} or an array of signals",
                    null, reader.TokenStartIndex, data);
            case Stage.WrapperProperty:
                return WrapperProperty(ref reader, data);
            case Stage.Signals when reader.TokenType == JsonTokenType.EndArray:
                _stage = _wrapped ? Stage.WrapperProperty : Stage.End;
                return true;
            case Stage.Signals:
                return Signal(ref reader, data);
            default:
                throw Refuse("there is more after the delivery", null, reader.TokenStartIndex, data);
        }
    }

    private bool WrapperProperty(ref Utf8JsonReader reader, ReadOnlySpan<byte> data)
    {
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            if (!_sawSignals)
                throw Refuse("the delivery has no \"signals\" array; a delivery is {\"signals\": [...]}", null, reader.TokenStartIndex, data);
            _stage = Stage.End;
            return true;
        }
        var at = reader.TokenStartIndex;
        if (!reader.ValueTextEquals("signals"u8))
        {
            var name = reader.GetString()!;
            throw Refuse($"the delivery has an unknown property '{name[..Math.Min(name.Length, 100)]}'; a delivery is {{\"signals\": [...]}} " +
                "(the period is the query parameter 'period')", name, at, data);
        }
        if (_sawSignals)
            throw Refuse("the delivery has \"signals\" twice", "signals", at, data);
        if (!reader.Read())
            return false;
        if (reader.TokenType != JsonTokenType.StartArray)
            throw Refuse($"\"signals\" is {JsonKinds.Describe(reader.TokenType)}; it must be an array of signals", "signals", reader.TokenStartIndex, data);
        _sawSignals = true;
        _stage = Stage.Signals;
        return true;
    }

    private bool Signal(ref Utf8JsonReader reader, ReadOnlySpan<byte> data)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
            throw Refuse($"signals[{SignalCount}] is {JsonKinds.Describe(reader.TokenType)}; each signal is an object", null, reader.TokenStartIndex, data);
        var whole = reader;
        if (!whole.TrySkip())
            return false;
        if (SignalCount == maxSignals)
            throw new JsonDeliveryException(JsonDeliveryException.TooManySignals,
                $"the delivery has more than {maxSignals:N0} signals, the limit for one delivery") { Element = SignalCount };
        if (_row.Read(ref reader) is { } shape)
            throw Refuse($"signals[{SignalCount}]: {shape.Reason}", shape.Property, shape.TokenIndex, data);
        _row.WriteTo(rows);
        rows.Write('\n');
        SignalCount++;
        return true;
    }

    private JsonDeliveryException Refuse(string reason, string? property, long index, ReadOnlySpan<byte> data = default)
    {
        var (line, column) = _position.Of(data, index);
        return new JsonDeliveryException(JsonDeliveryException.Shape, $"{reason} (line {line}, column {column})")
        {
            Line = line, Column = column, Property = property, Element = _stage == Stage.Signals ? SignalCount : null,
        };
    }
}
