namespace SignalHub.Domain.Tests.Addresses;

public sealed class When_a_house_number_is_read
{
    [TestCase("1", 1)]
    [TestCase("99999", 99999)]
    [TestCase("12", 12)]
    [TestCase("000001", 1)]
    [TestCase("12.0", 12)]
    [TestCase("12.00", 12)]
    [TestCase(" 7 ", 7)]
    public void Should_accept_1_to_99999(string raw, int expected)
    {
        var result = Spelling.OfNumber(raw);
        Assert.That(result.Address?.HouseNumber, Is.EqualTo(expected), result.Error?.Reason);
    }

    [TestCase("0", "house_number.out_of_range")]
    [TestCase("00000", "house_number.out_of_range")]
    [TestCase("100000", "house_number.out_of_range")]
    [TestCase("99999999999999999999", "house_number.out_of_range")]
    [TestCase("-1", "house_number.out_of_range")]
    [TestCase("-12a", "house_number.out_of_range")]
    [TestCase("abc", "house_number.invalid")]
    [TestCase("a12", "house_number.invalid")]
    [TestCase("nr 12", "house_number.invalid")]
    [TestCase("#12", "house_number.invalid")]
    [TestCase("", "house_number.missing")]
    [TestCase("nvt", "house_number.missing")]
    public void Should_refuse_anything_else_in_the_house_number_field(string raw, string expectedCode)
    {
        var result = Spelling.OfNumber(raw);
        Assert.Multiple(() =>
        {
            Assert.That(result.IsValid, Is.False);
            Assert.That(result.Error?.Field, Is.EqualTo("house_number"));
            Assert.That(result.Error?.Code, Is.EqualTo(expectedCode));
        });
    }

    [TestCase("0", "house number must be between 1 and 99999")]
    [TestCase("abc", "house number must start with a number from 1 to 99999, e.g. '12' or '12a'")]
    public void Should_say_what_is_wrong_quoting_the_value(string raw, string expectedReason)
    {
        Assert.That(Spelling.OfNumber(raw).Error?.Reason, Is.EqualTo(expectedReason));
    }
}
