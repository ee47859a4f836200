namespace SignalHub.Domain.Tests.Addresses;

/// <summary>The house-letter and addition columns, and the letter/addition choices made for the key.</summary>
public sealed class When_letters_and_additions_are_read
{
    // "street|house number|house letter|addition|postcode"
    [TestCase("|12|a||1234AB", "1234AB-12-A-")]
    [TestCase("|12| B ||1234AB", "1234AB-12-B-")]
    [TestCase("|12|c.||1234AB", "1234AB-12-C-")]
    [TestCase("|12|-d||1234AB", "1234AB-12-D-")]
    [TestCase("|12||2|1234AB", "1234AB-12--2")]
    [TestCase("|12||bis|1234AB", "1234AB-12--BIS")]
    [TestCase("|12||ABCD|1234AB", "1234AB-12--ABCD")]
    [TestCase("|12||1-2-3|1234AB", "1234AB-12--123")]
    [TestCase("|12||zw|1234AB", "1234AB-12--ZW")]
    [TestCase("|12 ov|||1234AB", "1234AB-12--OV")]
    [TestCase("|12||h|1234AB", "1234AB-12-H-")]
    [TestCase("|12|B|A|1234AB", "1234AB-12-B-A")]
    [TestCase("|12|A|A|1234AB", "1234AB-12-A-A")]
    [TestCase("|12|b|A2|1234AB", "1234AB-12-B-A2")]
    [TestCase("|12|A|huis|1234AB", "1234AB-12-A-H")]
    [TestCase("|12-2|a||1234AB", "1234AB-12-A-2")]
    [TestCase("|12||0|1234AB", "1234AB-12--0")]
    public void Should_read_the_columns_into_letter_and_addition(string row, string expectedKey)
    {
        Assert.That(Spelling.KeyOf(Spelling.OfRow(row), row), Is.EqualTo(expectedKey));
    }

    // A single letter after the number is the house letter, also I, V and X: "12 I" is not read as
    // the first floor, because letter I would then split over "12I" and "12 I".
    [TestCase("12 I", "I")]
    [TestCase("12-V", "V")]
    [TestCase("12 X", "X")]
    [TestCase("12e", "E")]
    [TestCase("12 e", "E")]
    public void Should_read_a_single_letter_after_the_number_as_the_house_letter(string raw, string expectedLetter)
    {
        var address = Spelling.OfNumber(raw).Address;
        Assert.Multiple(() =>
        {
            Assert.That(address?.HouseLetter, Is.EqualTo(expectedLetter));
            Assert.That(address?.Addition, Is.Null);
        });
    }

    [TestCase("|12|AB||1234AB", "house_letter", "house_letter.invalid")]
    [TestCase("|12|1||1234AB", "house_letter", "house_letter.invalid")]
    [TestCase("|12|é||1234AB", "house_letter", "house_letter.invalid")]
    [TestCase("|12|bis||1234AB", "house_letter", "house_letter.invalid")]
    [TestCase("|12|2hg||1234AB", "house_letter", "house_letter.invalid")]
    [TestCase("|12||ABCDE|1234AB", "house_number_addition", "house_number_addition.invalid")]
    [TestCase("|12||achterhuis|1234AB", "house_number_addition", "house_number_addition.invalid")]
    [TestCase("|12||12345|1234AB", "house_number_addition", "house_number_addition.invalid")]
    [TestCase("|12||é|1234AB", "house_number_addition", "house_number_addition.invalid")]
    [TestCase("|12||t/m 14|1234AB", "house_number_addition", "house_number_addition.invalid")]
    [TestCase("|12 achterhuis|||1234AB", "house_number", "house_number_addition.invalid")]
    [TestCase("|12 t/m 16|||1234AB", "house_number", "house_number_addition.invalid")]
    [TestCase("|12a|b||1234AB", "house_letter", "house_letter.conflict")]
    [TestCase("|12||12 en 14|1234AB", "house_number_addition", "house_number_addition.invalid")]
    [TestCase("|12-2||3|1234AB", "house_number_addition", "house_number_addition.conflict")]
    [TestCase("|12 II||1e|1234AB", "house_number_addition", "house_number_addition.conflict")]
    [TestCase("Dorpsstraat 12a|12|b||1234AB", "house_letter", "house_letter.conflict")]
    [TestCase("Dorpsstraat 12-2|12-3|||1234AB", "house_number_addition", "house_number_addition.conflict")]
    public void Should_refuse_what_is_no_letter_or_addition(string row, string expectedField, string expectedCode)
    {
        var error = Spelling.OfRow(row).Error;
        Assert.Multiple(() =>
        {
            Assert.That(error?.Field, Is.EqualTo(expectedField));
            Assert.That(error?.Code, Is.EqualTo(expectedCode));
        });
    }

    [TestCase("|12a|b||1234AB", "house_letter and house_number give different house letters")]
    [TestCase("|12-2||3|1234AB", "house_number_addition and house_number give different additions")]
    [TestCase("|12||achterhuis|1234AB",
        "house-number addition must be 1 to 4 letters or digits: it is longer than the 4 letters or digits a house-number addition may have")]
    public void Should_name_both_sides_of_a_problem_but_not_their_values(string row, string expectedReason)
    {
        Assert.That(Spelling.OfRow(row).Error?.Reason, Is.EqualTo(expectedReason));
    }
}
