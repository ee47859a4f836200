using SignalHub.Ingestion.Reading;

namespace SignalHub.Tests.Ingestion.Reading;

public sealed class CsvRecordReaderTests
{
    [TestCase("a,b,c", new[] { "1: a|b|c" }, TestName = "Plain fields")]
    [TestCase("a,,b,", new[] { "1: a||b|" }, TestName = "Empty fields, also the last one")]
    [TestCase(" a , b ", new[] { "1:  a | b " }, TestName = "Whitespace around unquoted fields is kept")]
    [TestCase("\"a,b\",c", new[] { "1: a,b|c" }, TestName = "Embedded delimiter")]
    [TestCase("\"He said \"\"hi\"\"\",x", new[] { "1: He said \"hi\"|x" }, TestName = "Escaped quotes")]
    [TestCase("\"\",x", new[] { "1: |x" }, TestName = "Empty quoted field")]
    [TestCase("ab\"c,d\"", new[] { "1: ab\"c|d\"" }, TestName = "Quote inside an unquoted field is kept literally")]
    [TestCase("\"ab\" c,d", new[] { "1: ab c|d" }, TestName = "Text after a closing quote is kept")]
    [TestCase("a,b\r\nc,d\r\n", new[] { "1: a|b", "2: c|d" }, TestName = "CRLF line ends")]
    [TestCase("a,b\nc,d", new[] { "1: a|b", "2: c|d" }, TestName = "LF line ends, no final line end")]
    [TestCase("a,b\rc,d\r", new[] { "1: a|b", "2: c|d" }, TestName = "Lone CR line ends")]
    [TestCase("\n\r\n\ra,b\n\n", new[] { "4: a|b" }, TestName = "Empty lines are skipped but counted")]
    [TestCase("\"\"", new[] { "1: " }, TestName = "A line with only an empty quoted field is a record")]
    public void When_reading_well_formed_text_Should_give_fields_and_start_lines(string text, string[] expected)
    {
        Assert.That(Records.Describe(Records.Read(text)), Is.EqualTo(expected));
    }

    [Test]
    public void When_a_quoted_field_holds_line_breaks_Should_keep_them_and_number_the_next_records_after_them()
    {
        var text = "h1,h2\n\"a\r\nb\nc\",d\n\ne,f\r\n\rg,h";

        var records = Records.Read(text);

        Assert.That(Records.Describe(records), Is.EqualTo(Records.Lines("1: h1|h2", "2: a\r\nb\nc|d", "6: e|f", "8: g|h")));
    }

    [Test]
    public void When_a_semicolon_file_has_commas_in_values_Should_split_on_semicolons_only()
    {
        var records = Records.Read("Jansen, J.;1234AB\t;12", delimiter: ';');

        Assert.That(Records.Describe(records), Is.EqualTo(Records.Lines("1: Jansen, J.|1234AB\t|12")));
    }

    [Test]
    public void When_reading_a_chunk_from_a_later_line_Should_number_records_from_there()
    {
        var records = Records.Read("a\n\"b\nc\"\nd", firstLine: 40);

        Assert.That(records.Select(record => record.StartLine), Is.EqualTo(Records.Lines(40, 41, 43)));
    }

    [Test]
    public void When_a_quote_is_never_closed_Should_report_the_line_where_the_record_started()
    {
        var records = Records.Read("a,b\nc,\"d\ne,f\n");

        Assert.Multiple(() =>
        {
            Assert.That(Records.Describe(records), Is.EqualTo(Records.Lines("1: a|b", "2: record.unterminated_quote")));
            Assert.That(records[1].Error!.Message, Does.StartWith("line 2: "));
        });
    }

    [Test]
    public void When_a_crlf_straddles_the_internal_buffer_Should_count_it_as_one_line_end()
    {
        var first = new string('x', 32 * 1024 - 1);
        var text = first + "\r\nsecond\r\nthird";

        var records = Records.Read(text, limits: new CsvLimits { MaxFieldLength = 40_000 });

        Assert.That(records.Select(record => record.StartLine), Is.EqualTo(Records.Lines(1, 2, 3)));
    }

    [TestCase(',')]
    [TestCase(';')]
    [TestCase('\t')]
    public void When_text_arrives_in_tiny_pieces_Should_read_the_same_records(char delimiter)
    {
        var d = delimiter.ToString();
        var text = $"k{d}\"a{d}\"\"b\"\"\r\nc\"\r\n\r\n\"x\"\"\"{d}y\r\"z\"\"\r\n\"\n";
        var whole = Records.Describe(Records.Read(text, delimiter));

        var trickled = Records.Describe(Records.Read(new TricklingReader(text, new Random(7), 3), delimiter));

        Assert.That(trickled, Is.EqualTo(whole));
    }
}
