using SignalHub.Domain.Matching;

namespace SignalHub.Domain.Tests.Matching;

/// <summary>Did regrouping change a stored match? Only then is it written again and passed on to dispatch.</summary>
public sealed class When_a_match_is_regrouped
{
    private static readonly MatchShape Stored = new(40, ["huurachterstand 2 maanden", "totaal € 900,00"], 2, false, "Dorpsstraat", "Haarlem", "resolved");

    [TestCase("nothing", false)]
    [TestCase("score", true)]
    [TestCase("reason", true)]
    [TestCase("reason order", true)]
    [TestCase("signals", true)]
    [TestCase("resolved by partner", true)]
    [TestCase("street", true)]
    [TestCase("city", true)]
    [TestCase("address status", true)]
    public void Should_see_a_change_in_what_the_match_shows(string what, bool changed)
    {
        var now = what switch
        {
            "score" => Stored with { Score = 41 },
            "reason" => Stored with { Reasons = ["huurachterstand 3 maanden", "totaal € 900,00"] },
            "reason order" => Stored with { Reasons = ["totaal € 900,00", "huurachterstand 2 maanden"] },
            "signals" => Stored with { SignalCount = 3 },
            "street" => Stored with { Street = null },
            "city" => Stored with { City = "Zandvoort" },
            "address status" => Stored with { AddressStatus = "not_found" },
            _ => Stored with { Reasons = [.. Stored.Reasons] },
        };
        var before = what == "resolved by partner" ? Stored with { ResolvedByPartner = true } : Stored;

        Assert.That(MatchChange.HasChanged(before, now), Is.EqualTo(changed));
    }
}
