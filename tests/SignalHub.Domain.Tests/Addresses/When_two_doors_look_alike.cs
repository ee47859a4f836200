namespace SignalHub.Domain.Tests.Addresses;

/// <summary>Different doors that must never share a key: a wrong merge shows debts to the wrong worker.</summary>
public sealed class When_two_doors_look_alike
{
    // 12, 12A, 121 and 12-1 are four doors.
    [TestCase("12", "12A")]
    [TestCase("12", "121")]
    [TestCase("12", "12-1")]
    [TestCase("12A", "121")]
    [TestCase("12A", "12-1")]
    [TestCase("121", "12-1")]
    [TestCase("12", "13")]
    [TestCase("12A", "12B")]
    [TestCase("12A", "13A")]
    [TestCase("12-1", "12-2")]
    [TestCase("12 II", "12 III")]
    [TestCase("12-1", "12-10")]
    [TestCase("12-2", "122")]
    [TestCase("12 2hg", "122")]
    [TestCase("12-2", "12-2A")]
    [TestCase("12A-2", "12-2A")]
    [TestCase("12 2a", "12a 2")]
    [TestCase("12A", "12A-2")]
    [TestCase("12A", "12A-H")]
    [TestCase("12-H", "12A-H")]
    [TestCase("12", "12 huis")]
    [TestCase("12", "12-H")]
    [TestCase("12 huis", "12-1")]
    [TestCase("12 bis", "12")]
    [TestCase("12 bis", "12B")]
    [TestCase("12 bis", "12 ter")]
    [TestCase("12 boven", "12-1")]
    [TestCase("12 boven", "12 huis")]
    [TestCase("12-2L", "12-2R")]
    [TestCase("12-2", "12-2L")]
    [TestCase("12 X", "12-10")]
    [TestCase("12-0", "12")]
    [TestCase("12-0", "12 huis")]
    [TestCase("1", "10")]
    [TestCase("99999", "9999")]
    public void Should_give_two_house_number_spellings_different_keys(string first, string second)
    {
        Assert.That(Spelling.KeyOf(Spelling.OfNumber(first), first),
            Is.Not.EqualTo(Spelling.KeyOf(Spelling.OfNumber(second), second)));
    }

    // "street|house number|house letter|addition|postcode"
    [TestCase("|12|||1234AB", "|12|||1234AC")]
    [TestCase("|12|||1234AB", "|12|||1243AB")]
    [TestCase("|12|B|A|1234AB", "|12|A|B|1234AB")]
    [TestCase("|12||2A|1234AB", "|12|A|2|1234AB")]
    [TestCase("|12|||1234AB", "|12||0|1234AB")]
    [TestCase("|12||huis|1234AB", "|12||1|1234AB")]
    [TestCase("|12|A|A|1234AB", "|12|A||1234AB")]
    [TestCase("Dorpsstraat 12 2||||1234AB", "Dorpsstraat|2|||1234AB")]
    [TestCase("Plein 1940-1945|3|||1234AB", "|1940|||1234AB")]
    [TestCase("Dorpsstraat 12a||||1234AB", "Dorpsstraat 12||||1234AB")]
    [TestCase("Dorpsstraat 12-2 hoog||||1234AB", "Dorpsstraat 12-3 hoog||||1234AB")]
    public void Should_give_two_rows_different_keys(string first, string second)
    {
        Assert.That(Spelling.KeyOf(Spelling.OfRow(first), first),
            Is.Not.EqualTo(Spelling.KeyOf(Spelling.OfRow(second), second)));
    }
}
