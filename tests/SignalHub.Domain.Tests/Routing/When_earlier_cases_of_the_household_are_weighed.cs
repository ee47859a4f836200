using SignalHub.Domain.Routing;
using SignalHub.Domain.Values;

namespace SignalHub.Domain.Tests.Routing;

/// <summary>Which earlier case a new match joins, and which closed case the repeat window looks at.</summary>
public sealed class When_earlier_cases_of_the_household_are_weighed
{
    private const string Door = "2011AB-12--";
    private static readonly Period October = new(2026, 10);

    // Each earlier case: "address period closed lastChange id"; the address "here" is the match's own.
    [TestCase(new string[0], null)]
    [TestCase(new[] { "here 2026-09 open 2026-09-05 1" }, 1)]
    [TestCase(new[] { "here 2026-09 closed 2026-09-05 1" }, null)]
    [TestCase(new[] { "elsewhere 2026-09 open 2026-09-05 1" }, null)]
    [TestCase(new[] { "here 2026-10 open 2026-10-05 1" }, null)]
    [TestCase(new[] { "here 2026-11 open 2026-11-05 1" }, null)]
    [TestCase(new[] { "here 2026-07 open 2026-07-05 1", "here 2026-09 open 2026-09-05 2" }, 2)]
    [TestCase(new[] { "here 2026-09 open 2026-09-05 2", "here 2026-07 open 2026-07-05 1" }, 2)]
    [TestCase(new[] { "here 2026-09 open 2026-09-05 1", "here 2026-09 open 2026-09-05 3" }, 3)]
    [TestCase(new[] { "here 2026-09 closed 2026-09-05 2", "here 2026-06 open 2026-06-05 1" }, 1)]
    public void Should_join_the_latest_open_case_at_the_same_address(string[] earlier, int? joined)
    {
        var open = EarlierCases.OpenCase(Door, October, earlier.Select(Case));

        Assert.That(open?.CaseId, Is.EqualTo(joined is { } id ? Id(id) : (Guid?)null));
    }

    [TestCase(new string[0], null)]
    [TestCase(new[] { "here 2026-09 open 2026-09-05 1" }, null)]
    [TestCase(new[] { "here 2026-09 closed 2026-09-05 1" }, 1)]
    [TestCase(new[] { "elsewhere 2026-08 closed 2026-09-20 1", "here 2026-09 closed 2026-09-05 2" }, 1)]
    [TestCase(new[] { "here 2026-09 closed 2026-09-05 2", "elsewhere 2026-08 closed 2026-09-20 1" }, 1)]
    [TestCase(new[] { "here 2026-09 closed 2026-09-05 1", "here 2026-08 closed 2026-09-05 4" }, 4)]
    public void Should_look_at_the_case_that_closed_last(string[] earlier, int? last)
    {
        var closed = EarlierCases.LastClosed(earlier.Select(Case));

        Assert.That(closed?.CaseId, Is.EqualTo(last is { } id ? Id(id) : (Guid?)null));
    }

    private static PriorCase Case(string row)
    {
        var parts = row.Split(' ');
        var period = Period.TryParse(parts[1], out var p, out var error) ? p : throw new FormatException(error);
        var id = int.Parse(parts[4], System.Globalization.CultureInfo.InvariantCulture);
        return new PriorCase(Id(id), Id(100 + id), parts[0] == "here" ? Door : "2011AB-14--", period, parts[2] == "closed",
            DateTime.Parse(parts[3], System.Globalization.CultureInfo.InvariantCulture));
    }

    private static Guid Id(int n) => Guid.Parse($"0190a000-0000-7000-8000-{n:D12}");
}
