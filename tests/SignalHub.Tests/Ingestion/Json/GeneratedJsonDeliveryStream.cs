using System.Text;

namespace SignalHub.Tests.Ingestion.Json;

/// <summary>
/// A JSON delivery of any number of signals that exists only while it is read, as a partner's system
/// streams it: every signal has the same byte length (counters in the reference, postcode and house
/// number differ), so memory holds one signal's bytes. Not seekable, like a request body. Made-up people.
/// </summary>
internal sealed class GeneratedJsonDeliveryStream(long signals) : Stream
{
    private const string Head = "{\"signals\": [\n";
    private const string Tail = "\n]}\n";

    // ####### is the reference number, PPPP the postcode digits, HH the house number; ",\n" joins two signals.
    private const string Template =
        """{"reference": "J#######", "kind": "arrears", "cost_type": "rent", "surname": "Voorbeeldé", "prefix": "van", """ +
        """ "initials": "T.", "birth_date": "1980-01-01", "street": "Proefstraat", "house_number": HH, "house_letter": "A", """ +
        """ "postcode": "PPPPAB", "city": "Teststad", "phone": "0600000000", "email": "t.voorbeeld@example.org", """ +
        """ "arrears_amount": 1234.56, "arrears_since": "2026-09-01", "unpaid_terms": 3, "collection_stage": "formal_notice", """ +
        """ "collection_stage_date": "2026-10-01", "crisis": false, "warm_handover": false, "remark": "opmerking; met \"quotes\", en komma"},""" + "\n";

    private readonly byte[] _head = Encoding.UTF8.GetBytes(Head);
    private readonly byte[] _tail = Encoding.UTF8.GetBytes(Tail);
    private readonly byte[] _signal = Encoding.UTF8.GetBytes(Template);
    private readonly int _reference = Encoding.UTF8.GetBytes(Template[..Template.IndexOf('#', StringComparison.Ordinal)]).Length;
    private readonly int _houseNumber = Encoding.UTF8.GetBytes(Template[..Template.IndexOf("HH", StringComparison.Ordinal)]).Length;
    private readonly int _postcode = Encoding.UTF8.GetBytes(Template[..Template.IndexOf("PPPP", StringComparison.Ordinal)]).Length;
    private long _position;

    /// <summary>The body's length: the last signal has no ",\n" after it.</summary>
    public long BodyLength => _head.Length + signals * _signal.Length - (signals > 0 ? 2 : 0) + _tail.Length;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        var signalsEnd = _head.Length + signals * _signal.Length - (signals > 0 ? 2 : 0);
        while (written < buffer.Length && _position < BodyLength)
        {
            var (source, offset, end) = _position < _head.Length ? (_head, _position, _head.Length)
                : _position < signalsEnd ? (Render((_position - _head.Length) / _signal.Length), (_position - _head.Length) % _signal.Length,
                    Math.Min(_signal.Length, signalsEnd - _head.Length - (_position - _head.Length) / _signal.Length * _signal.Length))
                : (_tail, _position - signalsEnd, _tail.Length);
            var count = (int)Math.Min(buffer.Length - written, end - offset);
            source.AsSpan((int)offset, count).CopyTo(buffer[written..]);
            written += count;
            _position += count;
        }
        return written;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private byte[] Render(long index)
    {
        Digits(_reference, 7, index + 1);
        Digits(_postcode, 4, 1000 + index / 90 % 9000);
        Digits(_houseNumber, 2, 10 + index % 90);
        return _signal;
    }

    private void Digits(int at, int width, long number)
    {
        for (var i = width - 1; i >= 0; i--, number /= 10)
            _signal[at + i] = (byte)('0' + (int)(number % 10));
    }
}
