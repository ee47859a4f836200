namespace SignalHub.Ingestion.Reading;

/// <summary>
/// Collects the field values of the record being read, within the limits. After the first problem it
/// stops storing, so a hostile record costs no memory while the reader skips to its end.
/// </summary>
internal sealed class FieldAccumulator(CsvLimits limits)
{
    private enum Problem { None, FieldTooLong, TooManyFields }

    private char[] _chars = new char[1024];
    private int[] _fieldEnds = new int[32];
    private int _length;
    private int _fieldStart;
    private int _count;
    private bool _storing = true;
    private Problem _problem;
    private int _problemField;

    /// <summary>Reserved characters; grows only for a record longer than any before it.</summary>
    public int Capacity => _chars.Length;

    public void Clear()
    {
        _length = 0;
        _fieldStart = 0;
        _count = 0;
        _storing = true;
        _problem = Problem.None;
    }

    public void Append(ReadOnlySpan<char> chars)
    {
        if (!_storing || chars.IsEmpty)
        {
            return;
        }
        if (_length - _fieldStart + chars.Length > limits.MaxFieldLength)
        {
            Fail(Problem.FieldTooLong);
            return;
        }
        if (_length + chars.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _length + chars.Length));
        }
        chars.CopyTo(_chars.AsSpan(_length));
        _length += chars.Length;
    }

    public void Append(char c) => Append(new ReadOnlySpan<char>(in c));

    public void EndField()
    {
        if (!_storing)
        {
            return;
        }
        if (_count == limits.MaxFields)
        {
            Fail(Problem.TooManyFields);
            return;
        }
        if (_count == _fieldEnds.Length)
        {
            Array.Resize(ref _fieldEnds, _count * 2);
        }
        _fieldEnds[_count++] = _length;
        _fieldStart = _length;
    }

    /// <summary>The record is already too long: keep reading it, but keep nothing.</summary>
    public void StopStoring() => _storing = false;

    public RecordError? ErrorAt(int startLine) => _problem switch
    {
        Problem.FieldTooLong => new RecordError(RecordError.FieldTooLong,
            $"line {startLine}: field {_problemField} is longer than {limits.MaxFieldLength} characters"),
        Problem.TooManyFields => new RecordError(RecordError.TooManyFields,
            $"line {startLine}: the record has more than {limits.MaxFields} fields"),
        _ => null,
    };

    public string[] ToFields()
    {
        var fields = new string[_count];
        var start = 0;
        for (var i = 0; i < _count; i++)
        {
            var end = _fieldEnds[i];
            fields[i] = end == start ? string.Empty : new string(_chars, start, end - start);
            start = end;
        }
        return fields;
    }

    private void Fail(Problem problem)
    {
        if (_problem == Problem.None)
        {
            _problem = problem;
            _problemField = _count + 1;
        }
        _storing = false;
    }
}
