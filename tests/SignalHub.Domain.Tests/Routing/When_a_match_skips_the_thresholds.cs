using SignalHub.Domain.Matching;
using SignalHub.Domain.Routing;
using SignalHub.Domain.Vocabulary;

namespace SignalHub.Domain.Tests.Routing;

/// <summary>What is always picked up, and the total the minimum is held against: the facts <see cref="Pickup"/> decides on.</summary>
public sealed class When_a_match_skips_the_thresholds
{
    [TestCase(PriorityClass.Urgent, new[] { SignalKind.Arrears }, true)]
    [TestCase(PriorityClass.High, new[] { SignalKind.Arrears }, false)]
    [TestCase(PriorityClass.Low, new[] { SignalKind.Arrears, SignalKind.Referral }, true)]
    [TestCase(PriorityClass.Normal, new[] { SignalKind.Referral }, true)]
    [TestCase(PriorityClass.Normal, new SignalKind[0], false)]
    [TestCase(PriorityClass.Urgent, new SignalKind[0], true)]
    public void Should_always_pick_up_urgent_matches_and_referrals(PriorityClass priority, SignalKind[] kinds, bool always) =>
        Assert.That(Pickup.AlwaysPicksUp(priority, kinds), Is.EqualTo(always));

    [TestCase(new double[0], null)]
    [TestCase(new[] { double.NaN }, null)]
    [TestCase(new[] { 10.5, double.NaN }, 10.5)]
    [TestCase(new[] { 10.5, 20.25 }, 30.75)]
    [TestCase(new[] { 0.0 }, 0.0)]
    public void Should_total_only_the_amounts_that_are_known(double[] amounts, double? total)
    {
        // NaN stands for a signal without an amount: a TestCase cannot hold a decimal? array.
        var known = amounts.Select(a => double.IsNaN(a) ? (decimal?)null : (decimal)a);

        Assert.That(Pickup.TotalOf(known), Is.EqualTo(total is { } t ? (decimal)t : (decimal?)null));
    }
}
