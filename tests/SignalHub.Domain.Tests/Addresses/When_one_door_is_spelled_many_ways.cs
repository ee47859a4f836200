namespace SignalHub.Domain.Tests.Addresses;

/// <summary>Spellings of one door in the house-number field; both must give the expected key.</summary>
public sealed class When_one_door_is_spelled_many_ways
{
    // Letter A: glued, spaced, hyphenated, dotted, any case.
    [TestCase("12A", "12 a", "1234AB-12-A-")]
    [TestCase("12A", "12-A", "1234AB-12-A-")]
    [TestCase("12A", "12-a", "1234AB-12-A-")]
    [TestCase("12a", "12 A", "1234AB-12-A-")]
    [TestCase("12A", "12.a", "1234AB-12-A-")]
    [TestCase("12 a", "12-a.", "1234AB-12-A-")]
    [TestCase("12A", " 12  A ", "1234AB-12-A-")]
    [TestCase("12a", "0012a", "1234AB-12-A-")]
    [TestCase("12-A", "12 - A", "1234AB-12-A-")]
    // Second floor: Arabic, Roman, hoog/hg/h, ordinals, etage/verdieping.
    [TestCase("12-2", "12 II", "1234AB-12--2")]
    [TestCase("12-2", "12 2hg", "1234AB-12--2")]
    [TestCase("12-2", "12-2 hoog", "1234AB-12--2")]
    [TestCase("12 2hg", "12 II", "1234AB-12--2")]
    [TestCase("12-2", "12 2e", "1234AB-12--2")]
    [TestCase("12-2", "12 2e etage", "1234AB-12--2")]
    [TestCase("12-2", "12 2de verdieping", "1234AB-12--2")]
    [TestCase("12-2", "12 tweede", "1234AB-12--2")]
    [TestCase("12-2", "12 2 hg.", "1234AB-12--2")]
    [TestCase("12-2", "12-2-hoog", "1234AB-12--2")]
    [TestCase("12-2", "12 2h", "1234AB-12--2")]
    [TestCase("12-2", "12 2ehg", "1234AB-12--2")]
    [TestCase("12-2", "12/2", "1234AB-12--2")]
    [TestCase("12-2", "12 ii", "1234AB-12--2")]
    [TestCase("12-2", "12 2e verd.", "1234AB-12--2")]
    [TestCase("12-2", "12 - 2", "1234AB-12--2")]
    [TestCase("12-2", "12 2 hoog", "1234AB-12--2")]
    [TestCase("12-2", "12 2HG", "1234AB-12--2")]
    [TestCase("12-2", "12 II hoog", "1234AB-12--2")]
    [TestCase("12-2", "12-02", "1234AB-12--2")]
    [TestCase("12-2", "12 2e hg", "1234AB-12--2")]
    [TestCase("12-2", "12 2ehoog", "1234AB-12--2")]
    // Other floors.
    [TestCase("12-1", "12 1e", "1234AB-12--1")]
    [TestCase("12-1", "12 eerste", "1234AB-12--1")]
    [TestCase("12-1", "12 1ste", "1234AB-12--1")]
    [TestCase("12-1", "12 I hoog", "1234AB-12--1")]
    [TestCase("12-1", "12 1hg", "1234AB-12--1")]
    [TestCase("12-3", "12 III", "1234AB-12--3")]
    [TestCase("12-3", "12 derde etage", "1234AB-12--3")]
    [TestCase("12-4", "12 IV", "1234AB-12--4")]
    [TestCase("12-4", "12 4e", "1234AB-12--4")]
    [TestCase("12-5", "12 V hoog", "1234AB-12--5")]
    [TestCase("12-6", "12 VI", "1234AB-12--6")]
    [TestCase("12-7", "12 VII", "1234AB-12--7")]
    [TestCase("12-8", "12 VIII", "1234AB-12--8")]
    [TestCase("12-9", "12 IX", "1234AB-12--9")]
    [TestCase("12-10", "12 X hoog", "1234AB-12--10")]
    [TestCase("12-10", "12 tiende", "1234AB-12--10")]
    // Ground floor: H, huis, hs, bg and friends are one canonical letter H.
    [TestCase("12H", "12-H", "1234AB-12-H-")]
    [TestCase("12H", "12 H", "1234AB-12-H-")]
    [TestCase("12-H", "12 huis", "1234AB-12-H-")]
    [TestCase("12-H", "12 hs", "1234AB-12-H-")]
    [TestCase("12 huis", "12 hs", "1234AB-12-H-")]
    [TestCase("12-H", "12-hs", "1234AB-12-H-")]
    [TestCase("12H", "12 h.s.", "1234AB-12-H-")]
    [TestCase("12-H", "12 bg", "1234AB-12-H-")]
    [TestCase("12-H", "12 b.g.", "1234AB-12-H-")]
    [TestCase("12-H", "12 begane grond", "1234AB-12-H-")]
    [TestCase("12-H", "12 beganegrond", "1234AB-12-H-")]
    [TestCase("12-H", "12 parterre", "1234AB-12-H-")]
    [TestCase("12-H", "12 bel-etage", "1234AB-12-H-")]
    [TestCase("12-H", "12 beneden", "1234AB-12-H-")]
    [TestCase("12-H", "12 HUIS", "1234AB-12-H-")]
    [TestCase("12-H", "12 (huis)", "1234AB-12-H-")]
    [TestCase("12h", "12Huis", "1234AB-12-H-")]
    // Letter with a floor or ground floor.
    [TestCase("12A-2", "12a 2hg", "1234AB-12-A-2")]
    [TestCase("12A-2", "12-A-2", "1234AB-12-A-2")]
    [TestCase("12A-2", "12 A II", "1234AB-12-A-2")]
    [TestCase("12A-2", "12a-2 hoog", "1234AB-12-A-2")]
    [TestCase("12A-2", "12 a 2e etage", "1234AB-12-A-2")]
    [TestCase("12A-2", "12A2", "1234AB-12-A-2")]
    [TestCase("12A-H", "12a huis", "1234AB-12-A-H")]
    [TestCase("12A-H", "12 A hs", "1234AB-12-A-H")]
    // bis, boven, links/rechts.
    [TestCase("12 bis", "12bis", "1234AB-12--BIS")]
    [TestCase("12-bis", "12 BIS", "1234AB-12--BIS")]
    [TestCase("12 bis", "12-Bis.", "1234AB-12--BIS")]
    [TestCase("12 boven", "12 bv", "1234AB-12--BOV")]
    [TestCase("12 bov", "12-boven", "1234AB-12--BOV")]
    [TestCase("12-2L", "12 2 hoog links", "1234AB-12--2L")]
    [TestCase("12-3R", "12 3e rechts", "1234AB-12--3R")]
    // Plain numbers: zero padding, spreadsheet decimals, stray spaces.
    [TestCase("12", "0012", "1234AB-12--")]
    [TestCase("12", "12.0", "1234AB-12--")]
    [TestCase("12", " 12 ", "1234AB-12--")]
    public void Should_give_both_spellings_the_same_key(string first, string second, string expectedKey)
    {
        Assert.Multiple(() =>
        {
            Assert.That(Spelling.KeyOf(Spelling.OfNumber(first), first), Is.EqualTo(expectedKey));
            Assert.That(Spelling.KeyOf(Spelling.OfNumber(second), second), Is.EqualTo(expectedKey));
        });
    }
}
