using SignalHub.Domain.Matching;

namespace SignalHub.Domain.Tests.Matching;

/// <summary>The partner's newest delivery wins per reference: one rule for matching and dispatch, one tie-break.</summary>
public sealed class When_a_partner_delivers_one_reference_twice
{
    private static readonly Guid PartnerA = Guid.Parse("0190a000-0000-7000-8000-00000000000a");
    private static readonly Guid PartnerB = Guid.Parse("0190a000-0000-7000-8000-00000000000b");
    private static readonly DateTime Morning = new(2026, 10, 20, 9, 0, 0, DateTimeKind.Utc);

    // Each signal: "partner reference minutesAfterMorning id"; the ids of the signals that count.
    [TestCase(new[] { "A R-1 0 1" }, new[] { 1 })]
    [TestCase(new[] { "A R-1 0 1", "A R-1 60 2" }, new[] { 2 })]
    [TestCase(new[] { "A R-1 60 1", "A R-1 0 2" }, new[] { 1 })]
    [TestCase(new[] { "A R-1 0 1", "A R-1 0 2" }, new[] { 2 })]
    [TestCase(new[] { "A R-1 0 2", "A R-1 0 1" }, new[] { 2 })]
    [TestCase(new[] { "A R-1 0 1", "B R-1 0 2" }, new[] { 1, 2 })]
    [TestCase(new[] { "A R-1 0 1", "A R-2 0 2" }, new[] { 1, 2 })]
    [TestCase(new[] { "A R-1 0 1", "A r-1 60 2" }, new[] { 1, 2 })]
    [TestCase(new[] { "A R-1 0 3", "A R-1 60 1", "A R-1 60 2", "B R-1 0 4" }, new[] { 2, 4 })]
    public void Should_take_the_latest_received_then_the_highest_id(string[] signals, int[] counting)
    {
        var current = NewestDelivery.Current(signals.Select(Signal), s => s);

        Assert.That(current.Select(s => s.Id).Order(), Is.EqualTo(counting.Select(Id)));
    }

    private static DeliveredSignal Signal(string row)
    {
        var parts = row.Split(' ');
        return new DeliveredSignal(parts[0] == "A" ? PartnerA : PartnerB, parts[1], Morning.AddMinutes(int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture)),
            Id(int.Parse(parts[3], System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static Guid Id(int n) => Guid.Parse($"0190a000-0000-7000-8000-{n:D12}");
}
