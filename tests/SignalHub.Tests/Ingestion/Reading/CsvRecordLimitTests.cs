using SignalHub.Ingestion.Reading;

namespace SignalHub.Tests.Ingestion.Reading;

public sealed class CsvRecordLimitTests
{
    private static readonly CsvLimits _small = new() { MaxFieldLength = 10, MaxRecordLength = 60, MaxFields = 4 };

    [TestCase("k1,12345678901\nk2,ok", "1: record.field_too_long", TestName = "Overlong unquoted field")]
    [TestCase("k1,\"1234\n5678901\"\nk2,ok", "1: record.field_too_long", TestName = "Overlong quoted field across lines")]
    [TestCase("a,b,c,d,e\nk2,ok", "1: record.too_many_fields", TestName = "Too many fields")]
    public void When_a_record_breaks_a_limit_Should_report_it_and_read_on_from_the_next_record(string text, string expectedError)
    {
        var records = Records.Describe(Records.Read(text, limits: _small));

        Assert.That(records, Is.EqualTo(Records.Lines(expectedError, $"{text.Count(c => c == '\n') + 1}: k2|ok")));
    }

    [Test]
    public void When_a_field_is_too_long_Should_name_the_field_line_and_limit()
    {
        var record = Records.Read("k1,ok,12345678901", limits: _small).Single();

        Assert.That(record.Error!.Message, Is.EqualTo("line 1: field 3 is longer than 10 characters"));
    }

    [Test]
    public void When_a_record_is_longer_than_the_record_limit_Should_report_that_even_if_each_field_is_short()
    {
        var text = string.Join(',', Enumerable.Repeat("123456789", 4)) + "\"\n\nnext";

        var records = Records.Describe(Records.Read(text, limits: _small with { MaxRecordLength = 30 }));

        Assert.That(records, Is.EqualTo(Records.Lines("1: record.too_long", "3: next")));
    }

    [Test]
    public void When_a_hostile_line_is_far_longer_than_the_limit_Should_not_hold_it_in_memory()
    {
        var limits = new CsvLimits { MaxFieldLength = 10_000_000, MaxRecordLength = 1_000 };
        var text = new string('x', 5_000_000) + "\nk2,ok";
        var reader = new CsvRecordReader(new StringReader(text), ',', limits);

        var records = Records.Describe(reader.ReadAll());

        Assert.Multiple(() =>
        {
            Assert.That(records, Is.EqualTo(Records.Lines("1: record.too_long", "2: k2|ok")));
            Assert.That(reader.ValueCapacity, Is.LessThan(100_000), "characters held for values");
        });
    }

    [Test]
    public void When_an_open_quote_runs_past_the_limits_to_the_end_Should_blame_the_unterminated_quote()
    {
        var text = "k1,\"never closed\n" + string.Concat(Enumerable.Repeat("k,v\n", 50));

        var records = Records.Describe(Records.Read(text, limits: _small));

        Assert.That(records, Is.EqualTo(Records.Lines("1: record.unterminated_quote")));
    }

    [Test]
    public void When_reading_many_ordinary_rows_Should_keep_its_value_buffer_the_same_size()
    {
        using var file = new GeneratedPartnerFileStream(rows: 100_000);
        using var text = new StreamReader(file);
        var reader = new CsvRecordReader(text, ';');
        reader.TryRead(out _);
        var capacityAfterFirstRecord = reader.ValueCapacity;

        var rows = reader.ReadAll().Count(record => record.IsValid);

        Assert.Multiple(() =>
        {
            Assert.That(rows, Is.EqualTo(100_000));
            Assert.That(reader.ValueCapacity, Is.EqualTo(capacityAfterFirstRecord));
        });
    }
}
