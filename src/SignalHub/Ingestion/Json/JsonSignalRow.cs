using System.Globalization;
using System.Text.Json;
using SignalHub.Ingestion.Reading;

namespace SignalHub.Ingestion.Json;

/// <summary>
/// One signal of a JSON delivery, read into the partner file's columns and written as one row of the
/// canonical CSV, so the row validator judges it as it judges a CSV row. Property names match as CSV
/// column names do. Scalars become their text; the buffers are reused, so a signal allocates little.
/// </summary>
internal sealed class JsonSignalRow
{
    private static readonly int ColumnCount = PartnerColumns.All.Count;
    private const int MaxCachedNames = 1_000;

    private readonly Dictionary<string, PartnerColumn?> _names = PartnerColumns.All
        .SelectMany(definition => definition.AcceptedNames, (definition, name) => (name, definition.Column))
        .ToDictionary(entry => entry.name, entry => (PartnerColumn?)entry.Column, StringComparer.Ordinal);

    private readonly (int Start, int Length)[] _slots = new (int, int)[ColumnCount];
    private char[] _arena = new char[4096];
    private char[] _name = new char[256];
    private int _used;
    private readonly bool[] _given = new bool[ColumnCount];

    public UnknownProperties Unknown { get; } = new();

    /// <summary>Reads the signal the reader stands on (its StartObject; the whole object is in the buffer).</summary>
    /// <returns>null, or why the signal has a shape no CSV row can carry, with the offending token's index.</returns>
    public (string Reason, string? Property, long TokenIndex)? Read(ref Utf8JsonReader reader)
    {
        _used = 0;
        Array.Clear(_given);
        Array.Fill(_slots, (0, 0));
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = PropertyName(ref reader);
            var column = Column(name);
            reader.Read();
            if (column is not { } known)
            {
                Unknown.Add(name);
                reader.TrySkip();
                continue;
            }
            var canonical = PartnerColumns.Get(known).Name;
            if (_given[(int)known])
                return ($"'{canonical}' is given more than once", name.ToString(), reader.TokenStartIndex);
            _given[(int)known] = true;
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                return ($"'{name}' is {JsonKinds.Describe(reader.TokenType)}; a value is a string, number, true, false or null",
                    name.ToString(), reader.TokenStartIndex);
            _slots[(int)known] = Value(ref reader, known);
        }
        return null;
    }

    /// <summary>Writes the row: the canonical columns in contract order, without a line end.</summary>
    public void WriteTo(TextWriter csv)
    {
        // A row of empty fields is skipped as an Excel leftover; an empty signal must still be refused with its reasons.
        if (IsEmpty())
            _slots[(int)PartnerColumn.Kind] = Append("arrears");
        for (var i = 0; i < ColumnCount; i++)
        {
            if (i > 0)
                csv.Write(',');
            var value = _arena.AsSpan(_slots[i].Start, _slots[i].Length);
            if (value.IndexOfAny(',', '"') < 0)
            {
                csv.Write(value);
                continue;
            }
            csv.Write('"');
            for (var quote = value.IndexOf('"'); quote >= 0; quote = value.IndexOf('"'))
            {
                csv.Write(value[..(quote + 1)]);
                csv.Write('"');
                value = value[(quote + 1)..];
            }
            csv.Write(value);
            csv.Write('"');
        }
    }

    private bool IsEmpty()
    {
        foreach (var (start, length) in _slots)
            if (!_arena.AsSpan(start, length).IsWhiteSpace())
                return false;
        return true;
    }

    private ReadOnlySpan<char> PropertyName(ref Utf8JsonReader reader)
    {
        if (reader.ValueSpan.Length > _name.Length)
            _name = new char[reader.ValueSpan.Length];
        return _name.AsSpan(0, reader.CopyString(_name));
    }

    private PartnerColumn? Column(ReadOnlySpan<char> name)
    {
        var lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(name, out var column))
            return column;
        // Another spelling ("Kenmerk", "house-number"): match it as a CSV header name, once.
        var key = name.ToString();
        var header = PartnerFileHeader.Map([key]);
        column = PartnerColumns.All.Select(d => d.Column).Where(header.Has).Cast<PartnerColumn?>().FirstOrDefault();
        if (_names.Count < MaxCachedNames)
            _names[key] = column;
        return column;
    }

    private (int, int) Value(ref Utf8JsonReader reader, PartnerColumn column)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                var start = _used;
                Reserve(reader.ValueSpan.Length);
                _used += reader.CopyString(_arena.AsSpan(_used));
                return (start, OneLine(start));
            case JsonTokenType.Number when column == PartnerColumn.ArrearsAmount && reader.TryGetDecimal(out var amount):
                return Append(AmountText(amount));
            case JsonTokenType.Number:
                return Append(System.Text.Encoding.ASCII.GetString(reader.ValueSpan));
            case JsonTokenType.True:
                return Append("true");
            case JsonTokenType.False:
                return Append("false");
            default:
                return (0, 0);
        }
    }

    /// <summary>
    /// The amount as the CSV rule reads it back exactly: "1.5" becomes "1.50", because "1.500" or "1.234"
    /// would read as thousands. More than two decimals stay visible (with a fourth digit) so they are refused.
    /// </summary>
    private static string AmountText(decimal amount)
    {
        var text = amount.ToString(CultureInfo.InvariantCulture);
        if (text.Contains('.', StringComparison.Ordinal))
            text = text.TrimEnd('0').TrimEnd('.');
        var decimals = text.Contains('.', StringComparison.Ordinal) ? text.Length - text.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
        return decimals switch
        {
            <= 2 => amount.ToString("0.00", CultureInfo.InvariantCulture),
            3 => text + "0",
            _ => text,
        };
    }

    private (int, int) Append(string text)
    {
        var start = _used;
        Reserve(text.Length);
        text.CopyTo(_arena.AsSpan(_used));
        _used += text.Length;
        return (start, text.Length);
    }

    /// <summary>
    /// A line break inside a value becomes a space and NUL becomes SUB: one signal is one line, so the
    /// receipt's line numbers name the signal, and the row validator still refuses the control character.
    /// </summary>
    private int OneLine(int start)
    {
        var to = start;
        for (var from = start; from < _used; from++)
        {
            var c = _arena[from];
            if (c == '\r' && from + 1 < _used && _arena[from + 1] == '\n')
                continue;
            _arena[to++] = c switch { '\r' or '\n' => ' ', '\0' => '\u001A', _ => c };
        }
        _used = to;
        return to - start;
    }

    private void Reserve(int length)
    {
        if (_used + length > _arena.Length)
            Array.Resize(ref _arena, Math.Max(_arena.Length * 2, _used + length));
    }
}
