using System.Text;
using SignalHub.Ingestion.Reading;

namespace SignalHub.Tests.Ingestion.Reading;

public sealed class RecordSplitterTests
{
    private static readonly CsvLimits _limits = new() { MaxFieldLength = 30, MaxRecordLength = 120, MaxFields = 6 };
    private static readonly char[] _delimiters = [',', ';', '\t'];

    [Test]
    public void When_random_files_are_split_Should_read_the_same_records_and_lines_as_the_whole_file()
    {
        var random = new Random(20261122);
        var errorCodesSeen = new HashSet<string>();
        var unreadableChunks = 0;
        for (var iteration = 0; iteration < 500; iteration++)
        {
            var delimiter = _delimiters[random.Next(_delimiters.Length)];
            var text = RandomCsvFile.Create(random, delimiter, _limits);
            var maxRecords = random.Next(1, 8);
            var expected = Records.Describe(AfterHeader(new StringReader(text), delimiter).ReadAll());
            TextReader source = iteration % 2 == 0 ? new StringReader(text) : new TricklingReader(text, random, 7);

            var chunks = RecordSplitter.Split(AfterHeader(source, delimiter), maxRecords).ToList();

            var actual = Records.Describe(chunks.SelectMany(chunk => chunk.ReadRecords(delimiter, _limits)));
            Assert.That(actual, Is.EqualTo(expected), () => $"iteration {iteration}, chunks of {maxRecords}: {Show(chunks)}");
            Assert.That(chunks.Select(chunk => chunk.RecordCount), Has.All.InRange(1, maxRecords), $"iteration {iteration}");
            Assert.That(chunks.Sum(chunk => chunk.RecordCount), Is.EqualTo(expected.Length), $"iteration {iteration}");
            errorCodesSeen.UnionWith(expected.Where(record => record.Contains(": record.", StringComparison.Ordinal))
                .Select(record => record[(record.IndexOf(':', StringComparison.Ordinal) + 2)..]));
            unreadableChunks += chunks.Count(chunk => chunk.Error is not null);
        }
        // The generator must keep producing the hard cases, or the equivalence above proves little.
        Assert.Multiple(() =>
        {
            Assert.That(errorCodesSeen, Is.SupersetOf(Records.Lines(RecordError.FieldTooLong, RecordError.TooLong,
                RecordError.TooManyFields, RecordError.UnterminatedQuote)));
            Assert.That(unreadableChunks, Is.Positive);
        });
    }

    [Test]
    public void When_chunks_are_cut_Should_never_cut_inside_a_quoted_field()
    {
        const string text = "h\r\n\"a\r\nb\"\r\n\"c\nd\"\r\ne\r\n";

        var chunks = RecordSplitter.Split(AfterHeader(new StringReader(text), ','), 1).ToList();

        Assert.That(chunks.Select(chunk => (chunk.FirstLine, chunk.Text)),
            Is.EqualTo(Records.Lines((2, "\"a\r\nb\"\r\n"), (4, "\"c\nd\"\r\n"), (6, "e\r\n"))));
    }

    [Test]
    public void When_a_record_is_too_long_to_carry_Should_give_it_a_chunk_of_its_own_with_its_error()
    {
        var text = new StringBuilder("h\na\n").Append('x', 500).Append("\nb\nc\n").ToString();

        var chunks = RecordSplitter.Split(AfterHeader(new StringReader(text), ','), 10).ToList();

        Assert.That(chunks.Select(chunk => $"{chunk.FirstLine}/{chunk.RecordCount}/{chunk.Error?.Code}/{chunk.Text}"),
            Is.EqualTo(Records.Lines("2/1//a\n", "3/1/record.too_long/", "4/2//b\nc\n")));
    }

    private static string Show(IEnumerable<RecordChunk> chunks) => string.Join(" | ", chunks.Select(chunk =>
        $"{chunk.FirstLine}/{chunk.RecordCount}/{chunk.Error?.Code}/{chunk.Text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)}"));

    private static CsvRecordReader AfterHeader(TextReader text, char delimiter)
    {
        var reader = new CsvRecordReader(text, delimiter, _limits);
        reader.TryRead(out _);
        return reader;
    }
}
