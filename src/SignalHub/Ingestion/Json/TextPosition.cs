namespace SignalHub.Ingestion.Json;

/// <summary>Line and column (from 1, in bytes) of a place in a streamed body, for messages that say where.</summary>
internal sealed class TextPosition
{
    private long _line = 1;
    private long _lineStart;

    /// <summary>Bytes already handled: the offset of the first byte still pending.</summary>
    public long Offset { get; private set; }

    public void Advance(ReadOnlySpan<byte> handled)
    {
        var lastLineEnd = handled.LastIndexOf((byte)'\n');
        if (lastLineEnd >= 0)
        {
            _line += handled.Count((byte)'\n');
            _lineStart = Offset + lastLineEnd + 1;
        }
        Offset += handled.Length;
    }

    /// <param name="pending">The bytes from <see cref="Offset"/> on.</param>
    /// <param name="index">A position in <paramref name="pending"/>.</param>
    public (long Line, long Column) Of(ReadOnlySpan<byte> pending, long index)
    {
        var before = pending[..(int)Math.Min(index, pending.Length)];
        var lastLineEnd = before.LastIndexOf((byte)'\n');
        return lastLineEnd < 0
            ? (_line, Offset + before.Length - _lineStart + 1)
            : (_line + before.Count((byte)'\n'), before.Length - lastLineEnd);
    }
}
