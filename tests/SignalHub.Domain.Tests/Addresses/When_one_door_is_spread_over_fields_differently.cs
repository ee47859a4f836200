namespace SignalHub.Domain.Tests.Addresses;

/// <summary>
/// One door written across different columns ("street|house number|house letter|addition|postcode");
/// both rows must give the expected key.
/// </summary>
public sealed class When_one_door_is_spread_over_fields_differently
{
    // Letter and addition in their own columns or in the house-number column.
    [TestCase("|12|A||1234AB", "|12a|||1234AB", "1234AB-12-A-")]
    [TestCase("|12||A|1234AB", "|12A|||1234AB", "1234AB-12-A-")]
    [TestCase("|12||2 hoog|1234AB", "|12-2|||1234AB", "1234AB-12--2")]
    [TestCase("|12||II|1234AB", "|12 2hg|||1234AB", "1234AB-12--2")]
    [TestCase("|12|a|2|1234AB", "|12a-2|||1234AB", "1234AB-12-A-2")]
    [TestCase("|12||huis|1234AB", "|12|H||1234AB", "1234AB-12-H-")]
    [TestCase("|12||H|1234AB", "|12 hs|||1234AB", "1234AB-12-H-")]
    [TestCase("|12||A2|1234AB", "|12A-2|||1234AB", "1234AB-12-A-2")]
    [TestCase("|12a|A||1234AB", "|12|a||1234AB", "1234AB-12-A-")]
    [TestCase("|12-2||2|1234AB", "|12||2e|1234AB", "1234AB-12--2")]
    [TestCase("|12||-2|1234AB", "|12||2|1234AB", "1234AB-12--2")]
    [TestCase("|12|a.|| 1234-ab ", "|12|A||1234AB", "1234AB-12-A-")]
    [TestCase("|12|nvt|n.v.t.|1234AB", "|12|||1234AB", "1234AB-12--")]
    [TestCase("|12|-|NULL|1234AB", "|12|||1234AB", "1234AB-12--")]
    [TestCase("|12||01|1234AB", "|12||1|1234AB", "1234AB-12--1")]
    [TestCase("|12|A|bis|1234AB", "|12a bis|||1234AB", "1234AB-12-A-BIS")]
    // Postcode spellings.
    [TestCase("|12|||1234ab", "|12|||1234AB", "1234AB-12--")]
    [TestCase("|12|||1234 AB", "|12|||1234 - AB", "1234AB-12--")]
    [TestCase("|12||| 1234-ab ", "|12|||1234  ab", "1234AB-12--")]
    [TestCase("|12|||1234\u00a0AB", "|12|||1234-AB", "1234AB-12--")]
    // The house number glued to the street.
    [TestCase("Dorpsstraat 12a||||1234AB", "Dorpsstraat|12|A||1234AB", "1234AB-12-A-")]
    [TestCase("Dorpsstraat 12-2 hoog||||1234AB", "Dorpsstraat|12||2|1234AB", "1234AB-12--2")]
    [TestCase("Burg. de Withstraat 3 A||||1234AB", "Burg. de Withstraat|3|A||1234AB", "1234AB-3-A-")]
    [TestCase("2e Oosterparkstraat 14||||1234AB", "2e Oosterparkstraat|14|||1234AB", "1234AB-14--")]
    [TestCase("Plein 1940-1945 3||||1234AB", "Plein 1940-1945|3|||1234AB", "1234AB-3--")]
    [TestCase("Dorpsstraat 12 II||||1234AB", "|12-2|||1234AB", "1234AB-12--2")]
    [TestCase("Dorpsstraat 12 huis||||1234AB", "|12H|||1234AB", "1234AB-12-H-")]
    [TestCase("Dorpsstraat 12a|12|||1234AB", "|12a|||1234AB", "1234AB-12-A-")]
    [TestCase("Dorpsstraat 12|12|A||1234AB", "|12A|||1234AB", "1234AB-12-A-")]
    [TestCase("Kerkstraat, 12 bis||||1234AB", "|12 bis|||1234AB", "1234AB-12--BIS")]
    [TestCase("Dorpsstraat 12 2hg||||1234AB", "|12-2|||1234AB", "1234AB-12--2")]
    [TestCase("Het 1e Pad 3||||1234AB", "Het 1e Pad|3|||1234AB", "1234AB-3--")]
    [TestCase("Laan 1940-45 7b||||1234AB", "|7B|||1234AB", "1234AB-7-B-")]
    [TestCase("Dorpsstraat12a||||1234AB", "Dorpsstraat|12a|||1234AB", "1234AB-12-A-")]
    [TestCase("3e Kade 7-II||||1234AB", "3e Kade|7||2e|1234AB", "1234AB-7--2")]
    public void Should_give_both_rows_the_same_key(string first, string second, string expectedKey)
    {
        Assert.Multiple(() =>
        {
            Assert.That(Spelling.KeyOf(Spelling.OfRow(first), first), Is.EqualTo(expectedKey));
            Assert.That(Spelling.KeyOf(Spelling.OfRow(second), second), Is.EqualTo(expectedKey));
        });
    }
}
