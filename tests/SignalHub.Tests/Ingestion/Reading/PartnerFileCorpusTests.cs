using SignalHub.Ingestion.Reading;

namespace SignalHub.Tests.Ingestion.Reading;

/// <summary>Sample files as partners send them (messy but valid) and as they should never arrive (broken).</summary>
public sealed class PartnerFileCorpusTests
{
    [TestCase("semicolon-windows1252-dutch.csv", "Windows-1252", ';', new[] { 2, 3, 4 }, "Eénhoorn")]
    [TestCase("tab-utf8-bom.csv", "UTF-8 with BOM", '\t', new[] { 2, 3 }, "Özdemir-Testa")]
    [TestCase("quoted-line-breaks.csv", "UTF-8", ',', new[] { 2, 4, 8 }, "Jansma, de")]
    [TestCase("crlf-excel-empty-rows.csv", "UTF-8", ';', new[] { 2, 4 }, "Voorbeeldsma")]
    public void When_a_messy_but_valid_file_is_opened_Should_read_every_row(
        string file, string encoding, char delimiter, int[] rowLines, string firstSurname)
    {
        using var stream = OpenCorpus("valid", file);

        var opened = PartnerFileReader.Open(stream);

        Assert.That(opened.Errors, Is.Empty);
        var rows = opened.Reader!.ReadRecords().ToList();
        Assert.Multiple(() =>
        {
            Assert.That((opened.Reader.EncodingName, opened.Reader.Delimiter), Is.EqualTo((encoding, delimiter)));
            Assert.That(rows.Select(row => row.StartLine), Is.EqualTo(rowLines));
            Assert.That(rows.Where(row => !row.IsValid).Select(row => row.Error), Is.Empty);
            Assert.That(rows[0][PartnerColumn.Surname], Is.EqualTo(firstSurname));
        });
    }

    [Test]
    public void When_a_file_has_a_column_of_its_own_Should_warn_and_still_read_it()
    {
        using var stream = OpenCorpus("valid", "semicolon-windows1252-dutch.csv");

        var opened = PartnerFileReader.Open(stream);

        Assert.Multiple(() =>
        {
            Assert.That(opened.Reader!.Header.Warnings, Is.EqualTo(Records.Lines("unknown column 'Interne code' (column 16) is ignored")));
            Assert.That(opened.Reader.ReadRecords().First()[PartnerColumn.ArrearsAmount], Is.EqualTo("€ 1.234,56"));
        });
    }

    [TestCase("empty.csv", "file.empty")]
    [TestCase("utf16.csv", "file.utf16")]
    [TestCase("binary.csv", "file.not_text")]
    [TestCase("missing-postcode.csv", "header.missing_column")]
    public void When_a_broken_file_is_opened_Should_refuse_it_as_a_whole(string file, string code)
    {
        using var stream = OpenCorpus("broken", file);

        var opened = PartnerFileReader.Open(stream);

        Assert.That(opened.Errors.Select(error => error.Code), Is.EqualTo(Records.Lines(code)));
    }

    [Test]
    public void When_a_quote_is_never_closed_Should_read_the_rows_before_it_and_report_the_line_where_it_opened()
    {
        using var stream = OpenCorpus("broken", "unterminated-quote.csv");

        var rows = PartnerFileReader.Open(stream).Reader!.ReadRecords().ToList();

        Assert.That(rows.Select(row => $"{row.StartLine}: {row.Error?.Code ?? row[PartnerColumn.Reference]}"),
            Is.EqualTo(Records.Lines("2: K1", "3: record.unterminated_quote")));
    }

    private static FileStream OpenCorpus(string folder, string file) =>
        File.OpenRead(Path.Combine(TestContext.CurrentContext.TestDirectory, "Ingestion", "Corpus", folder, file));
}
