using SignalHub.Domain.Addresses;

namespace SignalHub.Domain.Tests.Addresses;

public sealed class When_the_house_number_is_glued_to_the_street
{
    [TestCase("Dorpsstraat 12a", "Dorpsstraat", "1234AB-12-A-")]
    [TestCase("Dorpsstraat 12-2 hoog", "Dorpsstraat", "1234AB-12--2")]
    [TestCase("Burg. de Withstraat 3 A", "Burg. de Withstraat", "1234AB-3-A-")]
    [TestCase("2e Oosterparkstraat 14", "2e Oosterparkstraat", "1234AB-14--")]
    [TestCase("Plein 1940-1945 3", "Plein 1940-1945", "1234AB-3--")]
    [TestCase("Plein 1940-1945 3 bis", "Plein 1940-1945", "1234AB-3--BIS")]
    [TestCase("Laan 1940-45 7b", "Laan 1940-45", "1234AB-7-B-")]
    [TestCase("Dorpsstraat 12 2hg", "Dorpsstraat", "1234AB-12--2")]
    [TestCase("Dorpsstraat 12 2", "Dorpsstraat", "1234AB-12--2")]
    [TestCase("Dorpsstraat12a", "Dorpsstraat", "1234AB-12-A-")]
    [TestCase("Dorpsstraat, 12", "Dorpsstraat", "1234AB-12--")]
    [TestCase("Het 1e Pad 3", "Het 1e Pad", "1234AB-3--")]
    [TestCase("Van Wijkstraat 117 huis", "Van Wijkstraat", "1234AB-117-H-")]
    [TestCase("3e Kade 7-II", "3e Kade", "1234AB-7--2")]
    [TestCase("  Dorpsstraat   12   a ", "Dorpsstraat", "1234AB-12-A-")]
    [TestCase("Kanaalweg 1a-3", "Kanaalweg", "1234AB-1-A-3")]
    [TestCase("Kanaalweg 8 I hoog", "Kanaalweg", "1234AB-8--1")]
    public void Should_take_the_number_off_the_street(string street, string expectedStreet, string expectedKey)
    {
        var result = AddressNormalizer.Normalize(new AddressInput(street, null, null, null, Spelling.Postcode));
        Assert.Multiple(() =>
        {
            Assert.That(Spelling.KeyOf(result, street), Is.EqualTo(expectedKey));
            Assert.That(result.Street, Is.EqualTo(expectedStreet));
        });
    }

    // Digits that belong to the name, or words after the number that are no letter or addition.
    [TestCase("2e Oosterparkstraat")]
    [TestCase("Plein 1940-1945")]
    [TestCase("Dorpsstraat")]
    [TestCase("Dorpsstraat 12 achterhuis")]
    [TestCase("Dorpsstraat 12a, 1234 AB Ergenshoven")]
    [TestCase("12a")]
    [TestCase("Dorpsstraat 12 t/m 16")]
    [TestCase("Dorpsstraat 12 en 14")]
    [TestCase(null)]
    public void Should_say_the_house_number_is_missing_when_none_can_be_read(string? street)
    {
        var result = AddressNormalizer.Normalize(new AddressInput(street, null, null, null, Spelling.Postcode));
        Assert.Multiple(() =>
        {
            Assert.That(result.Error?.Field, Is.EqualTo("house_number"));
            Assert.That(result.Error?.Code, Is.EqualTo("house_number.missing"));
            Assert.That(result.Error?.Reason, street is null ? Does.Contain("no street") : Does.Contain("the street does not end in a house number").And.Not.Contain(street.Trim()));
        });
    }

    // With the house-number field filled, the street is trimmed only if it repeats that number.
    [TestCase("Plein 1945", "3", "Plein 1945", "1234AB-3--")]
    [TestCase("Plein 1940-1945", "3", "Plein 1940-1945", "1234AB-3--")]
    [TestCase("Dorpsstraat 12", "12", "Dorpsstraat", "1234AB-12--")]
    [TestCase("Dorpsstraat 12a", "12", "Dorpsstraat", "1234AB-12-A-")]
    [TestCase("Dorpsstraat 12a", "12A", "Dorpsstraat", "1234AB-12-A-")]
    [TestCase("Dorpsstraat 14", "12", "Dorpsstraat 14", "1234AB-12--")]
    [TestCase("Dorpsstraat", "12", "Dorpsstraat", "1234AB-12--")]
    public void Should_leave_a_street_alone_unless_it_repeats_the_number(
        string street, string houseNumber, string expectedStreet, string expectedKey)
    {
        var result = AddressNormalizer.Normalize(new AddressInput(street, houseNumber, null, null, Spelling.Postcode));
        Assert.Multiple(() =>
        {
            Assert.That(Spelling.KeyOf(result, street), Is.EqualTo(expectedKey));
            Assert.That(result.Street, Is.EqualTo(expectedStreet));
        });
    }

    [Test]
    public void Should_keep_the_tidied_street_when_the_address_is_refused()
    {
        var result = AddressNormalizer.Normalize(new AddressInput(" Dorpsstraat  12a ", null, null, null, "0123AB"));
        Assert.Multiple(() =>
        {
            Assert.That(result.IsValid, Is.False);
            Assert.That(result.Address, Is.Null);
            Assert.That(result.Street, Is.EqualTo("Dorpsstraat"));
        });
    }
}
