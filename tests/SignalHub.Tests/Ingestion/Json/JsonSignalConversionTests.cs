using SignalHub.Ingestion.Reading;
using static SignalHub.Tests.Ingestion.Json.JsonConversion;

namespace SignalHub.Tests.Ingestion.Json;

/// <summary>
/// A JSON signal becomes the CSV row that says the same thing: the canonical CSV is read back with the
/// partner-file reader and each value is what the row validator will see.
/// </summary>
public sealed class JsonSignalConversionTests
{
    [TestCase("\"arrears_amount\": 1234.56", PartnerColumn.ArrearsAmount, "1234.56")]
    [TestCase("\"arrears_amount\": 1234.5", PartnerColumn.ArrearsAmount, "1234.50", Description = "one decimal is not read as thousands")]
    [TestCase("\"arrears_amount\": 1234", PartnerColumn.ArrearsAmount, "1234.00")]
    [TestCase("\"arrears_amount\": 1.500", PartnerColumn.ArrearsAmount, "1.50", Description = "trailing zeros are cents, not thousands")]
    [TestCase("\"arrears_amount\": 1.234", PartnerColumn.ArrearsAmount, "1.2340", Description = "three decimals stay visible, to be refused")]
    [TestCase("\"arrears_amount\": 1.5e2", PartnerColumn.ArrearsAmount, "150.00")]
    [TestCase("\"arrears_amount\": -5", PartnerColumn.ArrearsAmount, "-5.00")]
    [TestCase("\"arrears_amount\": \"1.234,56\"", PartnerColumn.ArrearsAmount, "1.234,56", Description = "a string is read with the CSV rules")]
    [TestCase("\"house_number\": 12", PartnerColumn.HouseNumber, "12")]
    [TestCase("\"unpaid_terms\": 3", PartnerColumn.UnpaidTerms, "3")]
    [TestCase("\"crisis\": true", PartnerColumn.Crisis, "true")]
    [TestCase("\"warm_handover\": false", PartnerColumn.WarmHandover, "false")]
    [TestCase("\"prefix\": null", PartnerColumn.Prefix, "")]
    [TestCase("\"arrears_since\": \"2026-08-01\"", PartnerColumn.ArrearsSince, "2026-08-01")]
    [TestCase("\"remark\": \"belt terug,\\r\\nna 17:00\\nof \\\"morgen\\\"\"", PartnerColumn.Remark, "belt terug, na 17:00 of \"morgen\"",
        Description = "line breaks become spaces, so one signal stays one line")]
    [TestCase("\"surname\": \"Jan\\u0000sen\"", PartnerColumn.Surname, "Jan\u001Asen", Description = "NUL would make the file 'not text'")]
    [TestCase("\"achternaam\": \"Jansen\"", PartnerColumn.Surname, "Jansen", Description = "names match as CSV column names do")]
    [TestCase("\"House-Number\": 7", PartnerColumn.HouseNumber, "7")]
    [TestCase("\"street\": \"Lindelaan 12 A\"", PartnerColumn.Street, "Lindelaan 12 A")]
    public async Task When_a_value_is_converted_Should_read_back_as_the_row_validator_expects(string property, PartnerColumn column, string expected)
    {
        var converted = await ConvertAsync($$"""{"signals": [{"reference": "R-1", {{property}}}]}""");

        Assert.That(converted.Records, Has.Count.EqualTo(1));
        Assert.That(converted.Records[0][column] ?? "", Is.EqualTo(expected));
    }

    [Test]
    public async Task When_the_signals_come_as_a_bare_array_Should_give_the_same_rows_as_the_delivery_object()
    {
        const string signals = """[{"reference": "R-1", "surname": "Jansen"}, {"reference": "R-2", "surname": "Bakker"}]""";

        var bare = await ConvertAsync(signals);
        var wrapped = await ConvertAsync($$"""{"signals": {{signals}}}""");

        Assert.Multiple(() =>
        {
            Assert.That(bare.Csv, Is.EqualTo(wrapped.Csv));
            Assert.That(bare.Records.Select(r => (r.StartLine, r[PartnerColumn.Reference])), Is.EqualTo(new[] { (2, "R-1"), (3, "R-2") }));
        });
    }

    [Test]
    public async Task When_a_signal_is_an_empty_object_Should_still_be_a_row_for_the_validator_to_refuse()
    {
        var converted = await ConvertAsync("""{"signals": [{"reference": "R-1"}, {}, {"surname": "   ", "prefix": null}, {"reference": "R-4"}]}""");

        Assert.Multiple(() =>
        {
            Assert.That(converted.SignalCount, Is.EqualTo(4));
            Assert.That(converted.Records.Select(r => r.StartLine), Is.EqualTo(new[] { 2, 3, 4, 5 }), "signals[i] is line i + 2");
            Assert.That(converted.Records[1][PartnerColumn.Reference], Is.Empty);
            Assert.That(converted.Records[1][PartnerColumn.Kind], Is.EqualTo("arrears"), "the default kind keeps the row from being skipped");
        });
    }

    [Test]
    public async Task When_a_signal_has_unknown_properties_Should_warn_as_for_unknown_columns_and_keep_every_row()
    {
        var converted = await ConvertAsync("""
            {"signals": [
              {"reference": "R-1", "klantnummer": 17, "extra": {"nested": [1, 2]}},
              {"reference": "R-2", "klantnummer": 18},
              {"reference": "R-3", "notitie": "x"}
            ]}
            """);

        Assert.Multiple(() =>
        {
            Assert.That(converted.Warnings, Is.EqualTo(new[]
            {
                "unknown column 'klantnummer' (column 25) is ignored",
                "unknown column 'extra' (column 26) is ignored",
                "unknown column 'notitie' (column 27) is ignored",
            }));
            Assert.That(converted.Records.Select(r => (r.IsValid, r[PartnerColumn.Reference])), Is.EqualTo(new[] { (true, "R-1"), (true, "R-2"), (true, "R-3") }));
        });
    }

    [Test]
    public async Task When_the_body_is_read_through_any_buffer_size_Should_give_the_same_rows()
    {
        var json = "\uFEFF{ \"signals\" : [\n" + string.Join(",\n", Enumerable.Range(1, 40).Select(i =>
            $$"""  {"reference": "R-{{i}}", "surname": "Voorbeeld-{{new string('é', i)}}", "arrears_amount": {{i}}.5, "crisis": {{(i % 2 == 0 ? "true" : "false")}}, "remark": "regel\n{{i}}"}""")) +
            "\n] }\n";
        var expected = (await ConvertAsync(json)).Csv;

        foreach (var bufferBytes in new[] { 16, 17, 31, 64, 100, 1000 })
            Assert.That((await ConvertAsync(json, bufferBytes)).Csv, Is.EqualTo(expected), $"buffer of {bufferBytes} bytes");
    }
}
