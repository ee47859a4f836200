using System.Text;

namespace SignalHub.Ingestion.Reading;

/// <summary>
/// Optional copy of each record's text exactly as written, for <see cref="RecordSplitter"/>.
/// Bounded: a record longer than the limit is not copied (it is an error record anyway).
/// </summary>
public sealed partial class CsvRecordReader
{
    private StringBuilder? _capture;
    private int _captureFrom = -1;
    private int _captureMark;

    /// <summary>Whether the last record's text (including its line end) is in the capture target.</summary>
    internal bool LastRecordCaptured { get; private set; }

    /// <summary>Append each record's raw text to <paramref name="target"/>; null stops it.</summary>
    internal void CaptureRawInto(StringBuilder? target) => _capture = target;

    private void BeginCapture()
    {
        LastRecordCaptured = _capture is not null;
        if (_capture is null)
        {
            return;
        }
        _captureFrom = _pos;
        _captureMark = _capture.Length;
    }

    private void FlushCapture()
    {
        if (_captureFrom < 0)
        {
            return;
        }
        AppendCapture(_captureFrom, _len);
        _captureFrom = 0;
    }

    private void EndCapture()
    {
        if (_captureFrom < 0)
        {
            return;
        }
        AppendCapture(_captureFrom, _pos);
        _captureFrom = -1;
    }

    private void AppendCapture(int from, int to)
    {
        if (!LastRecordCaptured || _capture is null)
        {
            return;
        }
        // + 2: the record's own line end (CRLF) is part of its text.
        if (_capture.Length - _captureMark + (to - from) > Limits.MaxRecordLength + 2)
        {
            _capture.Length = _captureMark;
            LastRecordCaptured = false;
            return;
        }
        _capture.Append(_buffer, from, to - from);
    }
}
