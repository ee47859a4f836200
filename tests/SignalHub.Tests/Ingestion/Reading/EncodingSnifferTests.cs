using System.Text;
using SignalHub.Ingestion.Reading;

namespace SignalHub.Tests.Ingestion.Reading;

public sealed class EncodingSnifferTests
{
    private const string DutchText = "kenmerk;achternaam;woonplaats\r\nK1;Eénhoorn;Citroënstad\r\n";
    private static readonly byte[] _utf8Bom = [0xEF, 0xBB, 0xBF];
    private static readonly Encoding _windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    [Test]
    public void When_a_file_is_utf8_without_bom_Should_say_utf8_and_decode_the_accents()
    {
        var detection = Detect(Encoding.UTF8.GetBytes(DutchText));

        Assert.Multiple(() =>
        {
            Assert.That(detection.Name, Is.EqualTo("UTF-8"));
            Assert.That(detection.PreambleLength, Is.Zero);
            Assert.That(detection.Encoding!.GetString(Encoding.UTF8.GetBytes(DutchText)), Is.EqualTo(DutchText));
        });
    }

    [Test]
    public void When_a_file_is_utf8_with_bom_Should_say_so_and_skip_three_bytes()
    {
        var detection = Detect([.. _utf8Bom, .. Encoding.UTF8.GetBytes(DutchText)]);

        Assert.That((detection.Name, detection.PreambleLength), Is.EqualTo(("UTF-8 with BOM", 3)));
    }

    [Test]
    public void When_a_file_is_windows1252_Should_say_so_and_decode_the_accents()
    {
        var bytes = _windows1252.GetBytes(DutchText);

        var detection = Detect(bytes);

        Assert.Multiple(() =>
        {
            Assert.That(detection.Name, Is.EqualTo("Windows-1252"));
            Assert.That(detection.Encoding!.GetString(bytes), Is.EqualTo(DutchText));
        });
    }

    [TestCase(new byte[] { 0x45, 0xC3, 0xA9, 0x3B, 0xEB }, TestName = "UTF-8 é then Windows-1252 ë")]
    [TestCase(new byte[] { 0x41, 0xC3 }, TestName = "Sequence cut off at the end of the file")]
    [TestCase(new byte[] { 0x41, 0xC0, 0xAF }, TestName = "Overlong encoding")]
    [TestCase(new byte[] { 0xED, 0xA0, 0x80 }, TestName = "Encoded surrogate")]
    [TestCase(new byte[] { 0xF5, 0x80, 0x80, 0x80 }, TestName = "Lead byte beyond U+10FFFF")]
    [TestCase(new byte[] { 0xEF, 0xBB, 0xBF, 0x41, 0xE9 }, TestName = "UTF-8 BOM on a Windows-1252 file")]
    public void When_bytes_are_not_valid_utf8_Should_fall_back_to_windows1252(byte[] bytes)
    {
        Assert.That(Detect(bytes).Name, Is.EqualTo("Windows-1252"));
    }

    [TestCase(new byte[] { 0xFF, 0xFE, 0x6B, 0x00 }, TestName = "UTF-16 little-endian")]
    [TestCase(new byte[] { 0xFE, 0xFF, 0x00, 0x6B }, TestName = "UTF-16 big-endian")]
    public void When_a_file_starts_with_a_utf16_mark_Should_refuse_it(byte[] bytes)
    {
        var error = Detect(bytes).Error;

        Assert.That(error, Is.EqualTo(new StructuralError("file.utf16", "file is UTF-16; save it as UTF-8 or Windows-1252")));
    }

    [Test]
    public void When_a_file_holds_a_nul_byte_anywhere_Should_refuse_it_as_not_text_and_say_where()
    {
        var bytes = Encoding.UTF8.GetBytes(DutchText + new string('x', 200_000) + "\0");

        var error = Detect(bytes).Error!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo("file.not_text"));
            Assert.That(error.Message, Does.Contain($"byte {bytes.Length}"));
        });
    }

    [TestCase("é", TestName = "Two-byte character")]
    [TestCase("€", TestName = "Three-byte character")]
    [TestCase("😀", TestName = "Four-byte character")]
    public void When_a_character_is_split_across_the_buffer_boundary_Should_still_be_utf8(string character)
    {
        foreach (var bufferSize in new[] { 4, 5, 7, 16 })
        {
            for (var offset = 0; offset < bufferSize; offset++)
            {
                var text = new string('a', offset) + character + ";" + character + character;
                Assert.That(Detect(Encoding.UTF8.GetBytes(text), bufferSize).Name, Is.EqualTo("UTF-8"),
                    $"buffer {bufferSize}, character at {offset}");
            }
        }
    }

    [Test]
    public void When_a_character_straddles_the_default_buffer_Should_still_be_utf8()
    {
        var text = new string('a', EncodingSniffer.DefaultBufferSize - 1) + "€ and more";

        Assert.That(Detect(Encoding.UTF8.GetBytes(text)).Name, Is.EqualTo("UTF-8"));
    }

    [Test]
    public void When_an_invalid_sequence_straddles_the_buffer_Should_fall_back_to_windows1252()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes(new string('a', EncodingSniffer.DefaultBufferSize - 2)), 0xE2, 0x82, 0x41];

        Assert.That(Detect(bytes).Name, Is.EqualTo("Windows-1252"));
    }

    [Test]
    public void When_detection_is_done_Should_put_the_stream_back_where_it_was_and_count_lines()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("skip" + "a\r\nb\nc\rd"));
        stream.Position = 4;

        var detection = EncodingSniffer.Detect(stream, bufferSize: 4);

        Assert.Multiple(() =>
        {
            Assert.That(stream.Position, Is.EqualTo(4));
            Assert.That(detection.LineCount, Is.EqualTo(4));
            Assert.That(detection.ByteCount, Is.EqualTo(8));
        });
    }

    private static EncodingDetection Detect(byte[] bytes, int bufferSize = EncodingSniffer.DefaultBufferSize)
    {
        using var stream = new MemoryStream(bytes);
        return EncodingSniffer.Detect(stream, bufferSize);
    }
}
