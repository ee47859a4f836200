namespace SignalHub.Ingestion.Reading;

/// <summary>
/// The read buffer: refilled from the TextReader when used up. Values are copied out as they are read,
/// so a refill may happen anywhere, even between the CR and LF of one line end.
/// </summary>
public sealed partial class CsvRecordReader
{
    private bool SkipEmptyLines()
    {
        while (_pos < _len || Refill())
        {
            var c = _buffer[_pos];
            if (c is not ('\r' or '\n'))
            {
                return true;
            }
            ConsumeLineEnd();
        }
        return false;
    }

    private void ConsumeLineEnd()
    {
        if (_pos >= _len)
        {
            return;
        }
        var c = _buffer[_pos++];
        _line++;
        if (c == '\r' && NextIs('\n'))
        {
            _pos++;
        }
    }

    private bool NextIs(char expected) => (_pos < _len || Refill()) && _buffer[_pos] == expected;

    private bool Refill()
    {
        if (_eof)
        {
            return false;
        }
        FlushCapture();
        _bufferStart += _len;
        _pos = 0;
        _len = _reader.Read(_buffer, 0, _buffer.Length);
        if (_len == 0)
        {
            _eof = true;
            return false;
        }
        if (_recordStart >= 0 && _bufferStart - _recordStart > Limits.MaxRecordLength)
        {
            _fields.StopStoring();
        }
        return true;
    }
}
