using SignalHub.Ingestion.Reading;

namespace SignalHub.Tests.Ingestion.Reading;

public sealed class DelimiterDetectorTests
{
    [TestCase("kenmerk;achternaam;postcode", ';')]
    [TestCase("kenmerk,achternaam,postcode", ',')]
    [TestCase("kenmerk\tachternaam\tpostcode", '\t')]
    [TestCase("\"naam; met puntkomma\",postcode,kenmerk", ',', TestName = "Delimiters inside quotes do not count")]
    [TestCase("kenmerk;postcode\nK1,a,b,c,d,e", ';', TestName = "Only the header line counts")]
    [TestCase("\"multi\nline;;;\";b;c,d", ';', TestName = "A quoted line break does not end the header")]
    [TestCase("\r\n\r\nkenmerk\tpostcode", '\t', TestName = "Leading empty lines are skipped")]
    [TestCase("kenmerk;achternaam,postcode", ';', TestName = "A tie goes to the semicolon")]
    [TestCase("kenmerk", ',', TestName = "One column falls back to the comma")]
    [TestCase("", ',', TestName = "Nothing falls back to the comma")]
    public void When_reading_the_header_line_Should_pick_the_delimiter(string text, char expected)
    {
        Assert.That(DelimiterDetector.Detect(text), Is.EqualTo(expected));
    }
}
