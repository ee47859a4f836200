using System.Text;
using SignalHub.Ingestion.Reading;

namespace SignalHub.Tests.Ingestion.Reading;

public sealed class PartnerFileReaderTests
{
    private const string Header = "Kenmerk;Vaste last;Achternaam;Huisnummer;Postcode;Bedrag achterstand;Achterstand sinds;Opmerking\r\n";

    [Test]
    public void When_a_file_is_good_Should_open_it_and_give_rows_by_canonical_column()
    {
        var opened = Open(Header + "K1;huur;Voorbeeld;12;1234AB;\"1.234,56\";2026-09-01;\"twee\r\nregels\"\r\nK2;energie;Testerman;3;9999ZZ;10;2026-10-01;\r\n");

        var rows = opened.Reader!.ReadRecords().ToList();

        Assert.Multiple(() =>
        {
            Assert.That((opened.Reader.EncodingName, opened.Reader.Delimiter), Is.EqualTo(("UTF-8", ';')));
            Assert.That(rows.Select(row => row.StartLine), Is.EqualTo(Records.Lines(2, 4)));
            Assert.That(rows[0][PartnerColumn.ArrearsAmount], Is.EqualTo("1.234,56"));
            Assert.That(rows[0][PartnerColumn.Remark], Is.EqualTo("twee\r\nregels"));
            Assert.That(rows[1].Get(PartnerColumn.Surname), Is.EqualTo("Testerman"));
            Assert.That(rows[1][PartnerColumn.City], Is.Null);
        });
    }

    [Test]
    public void When_a_file_has_only_a_header_Should_open_as_a_delivery_with_no_rows()
    {
        var opened = Open(Header);

        Assert.That(opened.Reader!.ReadRecords(), Is.Empty);
    }

    [TestCase("", "file.empty", TestName = "Zero bytes")]
    [TestCase("\r\n\n\r\n", "file.empty", TestName = "Only empty lines")]
    [TestCase("\uFEFF", "file.empty", TestName = "Only a byte-order mark")]
    [TestCase("K1;huur;Voorbeeld;12;1234AB;10;2026-09-01\r\n", "header.unrecognised", TestName = "Data where the header should be")]
    [TestCase("Kenmerk;Achternaam;Huisnummer;Postcode\r\nK1;V;1;1234AB\r\n", "header.missing_column", TestName = "Required columns missing")]
    [TestCase("Kenmerk;\"Achternaam\r\n", "header.unreadable", TestName = "Header with an open quote")]
    public void When_a_file_cannot_be_read_as_a_whole_Should_refuse_it_with_a_stable_code(string text, string code)
    {
        var opened = Open(text);

        Assert.Multiple(() =>
        {
            Assert.That(opened.IsOpen, Is.False);
            Assert.That(opened.Errors.Select(error => error.Code), Has.Some.EqualTo(code).And.All.EqualTo(code));
        });
    }

    [Test]
    public void When_a_file_is_bigger_than_the_limit_Should_refuse_it_and_say_both_sizes()
    {
        var opened = Open(Header, new PartnerFileReaderOptions { MaxFileBytes = 50 });

        Assert.That(opened.Errors.Single().Message, Is.EqualTo($"the file is {Header.Length} bytes, more than the limit of 50 bytes"));
    }

    [TestCase(3, false, TestName = "Three rows over a limit of two")]
    [TestCase(2, true, TestName = "Two rows with line breaks inside values")]
    public void When_counting_rows_against_the_limit_Should_count_records_not_lines(int rows, bool open)
    {
        var text = Header + string.Concat(Enumerable.Range(1, rows).Select(i => $"K{i};huur;V;1;1234AB;1;2026-01-01;\"a\nb\nc\"\r\n"));

        var opened = Open(text + "\r\n;;;;;;;\r\n", new PartnerFileReaderOptions { MaxRows = 2 });

        Assert.That(opened.IsOpen ? "open" : opened.Errors.Single().Code, Is.EqualTo(open ? "open" : "file.too_many_rows"));
    }

    [TestCase("K1;huur;V;12;1234AB;10;2026-09-01;;;\r\n", true, TestName = "Extra empty fields are tolerated")]
    [TestCase("K1;huur;V;12;1234AB;10;2026-09-01\r\n", false, TestName = "One field short")]
    [TestCase("K1;huur;V;12;1234AB;10;2026-09-01;opm;extra\r\n", false, TestName = "An extra value")]
    public void When_a_row_has_a_different_number_of_fields_Should_reject_the_row_only_if_values_could_shift(string row, bool valid)
    {
        var record = Open(Header + row).Reader!.ReadRecords().Single();

        Assert.That(record.Error?.Code, valid ? Is.Null : Is.EqualTo("record.field_count"));
    }

    [Test]
    public void When_a_row_is_empty_or_only_delimiters_Should_skip_it_and_keep_line_numbers()
    {
        var rows = Open(Header + ";;;;;;;\r\n  \r\nK1;huur;V;1;1234AB;1;2026-01-01;\r\n").Reader!.ReadRecords();

        Assert.That(rows.Select(row => row.StartLine), Is.EqualTo(Records.Lines(4)));
    }

    [Test]
    public void When_a_windows1252_file_with_a_bom_mistake_is_opened_Should_not_put_the_mark_in_the_first_column()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.Latin1.GetBytes(Header + "K1;huur;Eénhoorn;1;1234AB;1;2026-01-01;\r\n")).ToArray();

        var opened = PartnerFileReader.Open(new MemoryStream(bytes));

        Assert.Multiple(() =>
        {
            Assert.That(opened.Reader!.EncodingName, Is.EqualTo("Windows-1252"));
            Assert.That(opened.Reader.Header.Names[0], Is.EqualTo("Kenmerk"));
            Assert.That(opened.Reader.ReadRecords().Single()[PartnerColumn.Surname], Is.EqualTo("Eénhoorn"));
        });
    }

    [Test]
    public void When_rows_are_read_through_stored_chunks_Should_give_the_same_rows_as_reading_the_file()
    {
        var text = Header + string.Concat(Enumerable.Range(1, 23).Select(i =>
            $"K{i};huur;\"Voor{(i % 3 == 0 ? "\n" : "")}beeld\";{i};1234AB;{i},00;2026-01-01;{(i % 4 == 0 ? "\r\n" : "")}\r\n"));
        var reader = Open(text).Reader!;

        var viaChunks = reader.ReadChunks(5).ToList()
            .SelectMany(chunk => PartnerFileReader.ReadChunk(chunk, PartnerFileHeader.Map(reader.Header.Names), reader.Delimiter));

        Assert.That(viaChunks.Select(Describe), Is.EqualTo(reader.ReadRecords().Select(Describe)));
    }

    private static string Describe(PartnerFileRecord row) => $"{row.StartLine}: {row.Error?.Code}{string.Join("|", row.Fields)}";

    private static PartnerFileOpenResult Open(string text, PartnerFileReaderOptions? options = null) =>
        PartnerFileReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(text)), options);
}
