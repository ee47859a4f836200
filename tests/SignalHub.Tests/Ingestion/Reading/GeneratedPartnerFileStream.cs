using System.Text;

namespace SignalHub.Tests.Ingestion.Reading;

/// <summary>
/// A partner file of any number of rows that exists only while it is read: every row has the same
/// byte length (a counter in the reference differs), so any position can be served without the rest.
/// UTF-8 with a two-byte character in each row, semicolons, CRLF, quoted fields. Made-up people only.
/// </summary>
internal sealed class GeneratedPartnerFileStream(long rows) : Stream
{
    public const string Header =
        "kenmerk;soort;vaste_last;achternaam;tussenvoegsel;voorletters;voornamen;geboortedatum;straat;huisnummer;" +
        "huisletter;toevoeging;postcode;woonplaats;telefoon;e-mail;bedrag_achterstand;achterstand_sinds;" +
        "aantal_termijnen;incassofase;datum_incassofase;crisissignaal;warme_overdracht;opmerking\r\n";

    private const string RowTemplate =
        "K#######;arrears;huur;Voorbeeldé;van;T.;Testa;1980-01-01;Proefstraat;12;A;;1234AB;Teststad;0600000000;" +
        "t.voorbeeld@example.org;\"1.234,56\";2026-09-01;3;aanmaning;2026-10-01;nee;nee;\"opmerking; met \"\"quotes\"\"\"\r\n";

    private readonly byte[] _header = Encoding.UTF8.GetBytes(Header);
    private readonly byte[] _row = Encoding.UTF8.GetBytes(RowTemplate);
    private long _position;
    private long _renderedRow = -1;

    public override bool CanRead => true;
    public override bool CanSeek => true;
    public override bool CanWrite => false;
    public override long Length => _header.Length + rows * _row.Length;

    public override long Position
    {
        get => _position;
        set => _position = Math.Clamp(value, 0, Length);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length && _position < Length)
        {
            var (source, offset) = _position < _header.Length
                ? (_header, (int)_position)
                : (RenderRow((_position - _header.Length) / _row.Length), (int)((_position - _header.Length) % _row.Length));
            var count = Math.Min(buffer.Length - written, source.Length - offset);
            source.AsSpan(offset, count).CopyTo(buffer[written..]);
            written += count;
            _position += count;
        }
        return written;
    }

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => _position + offset,
        _ => Length + offset,
    };

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private byte[] RenderRow(long index)
    {
        if (index != _renderedRow)
        {
            var number = index + 1;
            for (var i = 7; i >= 1; i--, number /= 10)
            {
                _row[i] = (byte)('0' + (int)(number % 10));
            }
            _renderedRow = index;
        }
        return _row;
    }
}
