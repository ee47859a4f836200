using SignalHub.Domain.Values;

namespace SignalHub.Domain.Tests.Values;

public sealed class FlagTests
{
    [TestCase("ja", true)]
    [TestCase("Nee", false)]
    [TestCase("J", true)]
    [TestCase("n", false)]
    [TestCase("TRUE", true)]
    [TestCase("false", false)]
    [TestCase("yes", true)]
    [TestCase("No", false)]
    [TestCase("y", true)]
    [TestCase("1", true)]
    [TestCase("0", false)]
    [TestCase("Waar", true)]
    [TestCase("onwaar", false)]
    [TestCase(" ja ", true)]
    public void When_a_partner_fills_in_a_yes_no_column_Should_read_it(string raw, bool expected)
    {
        var parsed = Flag.TryParse(raw, out var value, out var error);

        Assert.Multiple(() =>
        {
            Assert.That(parsed, Is.True, error);
            Assert.That(value, Is.EqualTo(expected));
        });
    }

    [TestCase(null, "flag is empty; expected one of ja/nee, j/n, true/false, yes/no, y/n, 1/0, waar/onwaar")]
    [TestCase("", "flag is empty; expected one of ja/nee, j/n, true/false, yes/no, y/n, 1/0, waar/onwaar")]
    [TestCase("misschien", "flag is not one of ja/nee, j/n, true/false, yes/no, y/n, 1/0, waar/onwaar")]
    [TestCase("2", "flag is not one of ja/nee, j/n, true/false, yes/no, y/n, 1/0, waar/onwaar")]
    [TestCase("x", "flag is not one of ja/nee, j/n, true/false, yes/no, y/n, 1/0, waar/onwaar")]
    public void When_a_flag_is_not_readable_Should_say_why(string? raw, string expectedError)
    {
        var parsed = Flag.TryParse(raw, out _, out var error);

        Assert.Multiple(() =>
        {
            Assert.That(parsed, Is.False);
            Assert.That(error, Is.EqualTo(expectedError));
        });
    }

    [TestCase(null, false)]
    [TestCase("  ", true)]
    public void When_empty_means_a_default_for_this_column_Should_give_the_default(string? raw, bool whenEmpty)
    {
        var parsed = Flag.TryParse(raw, whenEmpty, out var value, out var error);

        Assert.Multiple(() =>
        {
            Assert.That(parsed, Is.True, error);
            Assert.That(value, Is.EqualTo(whenEmpty));
        });
    }

    [Test]
    public void When_a_default_is_given_but_the_value_is_wrong_Should_still_refuse()
    {
        var parsed = Flag.TryParse("misschien", whenEmpty: false, out _, out var error);

        Assert.Multiple(() =>
        {
            Assert.That(parsed, Is.False);
            Assert.That(error, Does.StartWith("flag is not one of").And.Not.Contain("misschien"));
        });
    }
}
