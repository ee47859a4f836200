using SignalHub.Domain.Routing;

namespace SignalHub.Domain.Tests.Routing;

public sealed class When_an_area_covers_a_postcode
{
    [TestCase("1011", false, "1011AA")]
    [TestCase("1011", true, "1011ZZ")]
    [TestCase(" 1011 ", true, "1011ZZ")]
    [TestCase("1011AB", false, "1011AB")]
    [TestCase("1011 ab", true, "1011AB")]
    public void Should_read_a_PC4_or_PC6_bound_as_a_PC6_bound(string raw, bool upper, string expected)
    {
        var parsed = Areas.TryParseBound(raw, upper, out var bound, out var error);

        Assert.Multiple(() =>
        {
            Assert.That(parsed, Is.True, error);
            Assert.That(bound, Is.EqualTo(expected));
        });
    }

    [TestCase("0123", "PC4 area")]
    [TestCase("101", "must be 4 digits")]
    [TestCase("1011A", "must be 4 digits")]
    [TestCase("1011SA", "never issued")]
    [TestCase("", "postcode is empty")]
    [TestCase(null, "postcode is empty")]
    public void When_a_bound_is_no_postcode_Should_say_why(string? raw, string why)
    {
        var parsed = Areas.TryParseBound(raw, upper: false, out _, out var error);

        Assert.Multiple(() =>
        {
            Assert.That(parsed, Is.False);
            Assert.That(error, Does.Contain(why));
        });
    }

    // The whole town, one district, one street's postcode: the narrowest range that covers it wins.
    [TestCase("1011AB", "Straat Dam")]
    [TestCase("1011AC", "Wijk Centrum")]
    [TestCase("1015XY", "Wijk Centrum")]
    [TestCase("1050AA", "Stad")]
    [TestCase("1100AA", null)]
    public void Should_take_the_most_specific_range(string postcode, string? team)
    {
        var areas = new[]
        {
            new AreaRange("1000AA", "1099ZZ", "Stad"),
            new AreaRange("1011AA", "1019ZZ", "Wijk Centrum"),
            new AreaRange("1011AB", "1011AB", "Straat Dam"),
        };

        Assert.That(Areas.TeamFor(postcode, areas), Is.EqualTo(team));
    }

    [Test]
    public void When_a_wide_range_starts_later_Should_still_prefer_the_narrow_one()
    {
        var areas = new[] { new AreaRange("1011AA", "1011ZZ", "Smal"), new AreaRange("1011AB", "1099ZZ", "Breed") };

        Assert.That(Areas.TeamFor("1011AC", areas), Is.EqualTo("Smal"));
    }

    [Test]
    public void When_two_ranges_are_equally_wide_Should_not_depend_on_their_order()
    {
        var first = new AreaRange("1011AA", "1011ZZ", "Team B");
        var second = new AreaRange("1011AA", "1011ZZ", "Team A");

        Assert.That(Areas.TeamFor("1011AB", [first, second]), Is.EqualTo(Areas.TeamFor("1011AB", [second, first])).And.EqualTo("Team A"));
    }
}
