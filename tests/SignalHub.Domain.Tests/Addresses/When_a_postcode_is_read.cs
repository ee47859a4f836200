using SignalHub.Domain.Addresses;

namespace SignalHub.Domain.Tests.Addresses;

public sealed class When_a_postcode_is_read
{
    [TestCase("1234AB", "1234AB")]
    [TestCase("1234ab", "1234AB")]
    [TestCase("1234 AB", "1234AB")]
    [TestCase("1234 - AB", "1234AB")]
    [TestCase(" 1234-ab ", "1234AB")]
    [TestCase("1234\tAB", "1234AB")]
    [TestCase("1234\u00a0ab", "1234AB")]
    [TestCase("1000AA", "1000AA")]
    [TestCase("9999ZZ", "9999ZZ")]
    [TestCase("1234SB", "1234SB")]
    [TestCase("1234AS", "1234AS")]
    [TestCase("1234DS", "1234DS")]
    public void Should_accept_a_valid_spelling_in_canonical_form(string raw, string expected)
    {
        var parsed = Postcode.TryParse(raw, out var postcode, out var error);
        Assert.Multiple(() =>
        {
            Assert.That(parsed, Is.True, error);
            Assert.That(postcode.Value, Is.EqualTo(expected));
            Assert.That(postcode.ToString(), Is.EqualTo(expected));
            Assert.That(error, Is.Null);
        });
    }

    [TestCase("0123AB", "postcode.invalid")]
    [TestCase("1234 SS", "postcode.reserved_letters")]
    [TestCase("1234SA", "postcode.reserved_letters")]
    [TestCase("1234SD", "postcode.reserved_letters")]
    [TestCase("1234 sa", "postcode.reserved_letters")]
    [TestCase("123AB", "postcode.invalid")]
    [TestCase("12345AB", "postcode.invalid")]
    [TestCase("1234A1", "postcode.invalid")]
    [TestCase("1234ABC", "postcode.invalid")]
    [TestCase("AB1234", "postcode.invalid")]
    [TestCase("1234", "postcode.invalid")]
    [TestCase("1234-A", "postcode.invalid")]
    [TestCase("1234.AB", "postcode.invalid")]
    [TestCase("1234ÄB", "postcode.invalid")]
    [TestCase("１２３４AB", "postcode.invalid")]
    [TestCase("", "postcode.missing")]
    [TestCase("   ", "postcode.missing")]
    [TestCase(null, "postcode.missing")]
    public void Should_refuse_an_invalid_one_with_its_code(string? raw, string expectedCode)
    {
        var result = AddressNormalizer.Normalize(new AddressInput("Dorpsstraat", "12", null, null, raw));
        var parsed = Postcode.TryParse(raw, out var postcode, out var error);
        Assert.Multiple(() =>
        {
            Assert.That(result.IsValid, Is.False);
            Assert.That(result.Error?.Field, Is.EqualTo("postcode"));
            Assert.That(result.Error?.Code, Is.EqualTo(expectedCode));
            Assert.That(parsed, Is.False);
            Assert.That(postcode, Is.EqualTo(default(Postcode)));
            Assert.That(error, Is.EqualTo(result.Error?.Reason));
        });
    }

    [Test]
    public void Should_name_the_rule_but_never_the_partner_spelling_in_the_reason()
    {
        var invalidParsed = Postcode.TryParse("0123AB", out _, out var invalid);
        var reservedParsed = Postcode.TryParse("1234 ss", out _, out var reserved);
        Assert.Multiple(() =>
        {
            Assert.That(invalidParsed || reservedParsed, Is.False);
            Assert.That(invalid, Is.EqualTo(
                "postcode must be 4 digits not starting with 0 followed by 2 letters, e.g. '1234AB'"));
            Assert.That(reserved, Is.EqualTo("postcode ends in a letter pair that is never issued (SA, SD and SS are not used)"));
        });
    }
}
