using SignalHub.Domain.Addresses;

namespace SignalHub.Domain.Tests.Addresses;

public sealed class When_an_address_is_shown_and_keyed
{
    private static Postcode Postcode1234AB()
    {
        Assert.That(Postcode.TryParse("1234AB", out var postcode, out _), Is.True);
        return postcode;
    }

    [TestCase(12, null, null, "1234AB-12--", "1234AB 12")]
    [TestCase(12, "A", null, "1234AB-12-A-", "1234AB 12A")]
    [TestCase(12, null, "2", "1234AB-12--2", "1234AB 12-2")]
    [TestCase(12, "A", "2", "1234AB-12-A-2", "1234AB 12A-2")]
    [TestCase(99999, "Z", "BIS", "1234AB-99999-Z-BIS", "1234AB 99999Z-BIS")]
    [TestCase(1, "", "", "1234AB-1--", "1234AB 1")]
    public void Should_have_one_key_and_a_display_form(int number, string? letter, string? addition, string key, string shown)
    {
        var address = new Address(Postcode1234AB(), number, letter, addition);
        Assert.Multiple(() =>
        {
            Assert.That(address.Key, Is.EqualTo(key));
            Assert.That(address.ToString(), Is.EqualTo(shown));
        });
    }

    [TestCase(0, null, null)]
    [TestCase(100000, null, null)]
    [TestCase(12, "a", null)]
    [TestCase(12, "AB", null)]
    [TestCase(12, "1", null)]
    [TestCase(12, null, "ABCDE")]
    [TestCase(12, null, "2-A")]
    [TestCase(12, null, "hs")]
    public void Should_refuse_to_build_a_door_outside_the_BAG_shape(int number, string? letter, string? addition)
    {
        var postcode = Postcode1234AB();
        Assert.That(() => new Address(postcode, number, letter, addition), Throws.InstanceOf<ArgumentException>());
    }

    [Test]
    public void Should_refuse_to_build_a_door_without_a_postcode()
    {
        Assert.That(() => new Address(default, 12, null, null), Throws.ArgumentException);
    }

    [Test]
    public void Should_be_equal_exactly_when_the_keys_are()
    {
        var postcode = Postcode1234AB();
        var letterA = new Address(postcode, 12, "A", null);
        Assert.Multiple(() =>
        {
            Assert.That(letterA, Is.EqualTo(new Address(postcode, 12, "A", "")));
            Assert.That(letterA, Is.Not.EqualTo(new Address(postcode, 12, null, "A")));
            Assert.That(new Address(postcode, 12, null, "A").Key, Is.Not.EqualTo(letterA.Key));
        });
    }
}
