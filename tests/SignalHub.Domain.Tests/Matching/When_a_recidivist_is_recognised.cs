using SignalHub.Domain.Matching;
using SignalHub.Domain.Values;

namespace SignalHub.Domain.Tests.Matching;

/// <summary>Which earlier match makes a match a recidivist: the address first, then a signalled person elsewhere.</summary>
public sealed class When_a_recidivist_is_recognised
{
    private static readonly Period October = new(2026, 10);

    // Earlier matches as "period id"; at the address, and of the persons elsewhere -> the earlier match (id) or none.
    [TestCase(new string[0], new string[0], null)]
    [TestCase(new[] { "2026-08 1" }, new string[0], 1)]
    [TestCase(new[] { "2026-06 1", "2026-08 2" }, new string[0], 2)]
    [TestCase(new[] { "2026-08 2", "2026-06 1" }, new string[0], 2)]
    [TestCase(new[] { "2026-06 1" }, new[] { "2026-09 2" }, 1)]
    [TestCase(new string[0], new[] { "2026-07 1", "2026-09 2" }, 2)]
    [TestCase(new string[0], new[] { "2026-09 1", "2026-09 3" }, 3)]
    [TestCase(new string[0], new[] { "2026-10 1" }, null)]
    [TestCase(new string[0], new[] { "2026-11 1", "2026-05 2" }, 2)]
    [TestCase(new[] { "2026-10 1" }, new string[0], null)]
    public void Should_take_the_latest_earlier_match(string[] atAddress, string[] elsewhere, int? earlier)
    {
        var recidivism = Recidivisms.Choose(October, atAddress.Select(Match), elsewhere.Select(Match));

        Assert.That(recidivism?.MatchId, Is.EqualTo(earlier is { } id ? Id(id) : (Guid?)null));
    }

    [Test]
    public void Should_date_the_recidivism_by_the_first_day_of_the_earlier_period() =>
        Assert.That(Recidivisms.Choose(October, [Match("2026-08 1")], [])?.Period, Is.EqualTo(new DateOnly(2026, 8, 1)));

    private static EarlierMatch Match(string row)
    {
        var parts = row.Split(' ');
        return new EarlierMatch(Id(int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture)),
            Period.TryParse(parts[0], out var p, out var error) ? p : throw new FormatException(error));
    }

    private static Guid Id(int n) => Guid.Parse($"0190a000-0000-7000-8000-{n:D12}");
}
