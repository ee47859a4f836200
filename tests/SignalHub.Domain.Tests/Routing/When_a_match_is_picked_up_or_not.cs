using SignalHub.Domain.Routing;
using SignalHub.Domain.Values;
using SignalHub.Domain.Vocabulary;

namespace SignalHub.Domain.Tests.Routing;

public sealed class When_a_match_is_picked_up_or_not
{
    private static readonly Period October = new(2026, 10);
    private static readonly PickupPolicy Policy = new(MinimumAmount: 50m, RepeatWindowMonths: 3);
    private static readonly Guid EarlierCase = Guid.Parse("0190a000-0000-7000-8000-000000000002");

    // total amount -> kind, result
    [TestCase(49.99, PickupKind.NotPickedUp, CaseResult.UnjustifiedSignal)]
    [TestCase(50.00, PickupKind.PickUp, null)]
    [TestCase(0.00, PickupKind.NotPickedUp, CaseResult.UnjustifiedSignal)]
    [TestCase(1234.56, PickupKind.PickUp, null)]
    public void Should_leave_arrears_below_the_minimum(decimal total, PickupKind kind, CaseResult? result)
    {
        var decision = Pickup.Decide(new PickupFacts(October, total, false, null, null), Policy);

        Assert.Multiple(() =>
        {
            Assert.That(decision.Kind, Is.EqualTo(kind));
            Assert.That(decision.Result, Is.EqualTo(result));
        });
    }

    [Test]
    public void When_below_the_minimum_Should_say_both_amounts() =>
        Assert.That(Pickup.Decide(new PickupFacts(October, 35m, false, null, null), Policy).Reason, Does.Contain("€ 35,00").And.Contain("€ 50,00"));

    [Test]
    public void When_no_signal_carries_an_amount_Should_not_judge_the_minimum() =>
        Assert.That(Pickup.Decide(new PickupFacts(October, null, false, null, null), Policy).Kind, Is.EqualTo(PickupKind.PickUp));

    // closed on, earlier total, total now -> kind
    [TestCase("2026-09-20", 300, 300, PickupKind.NotPickedUp)]
    [TestCase("2026-09-20", 300, 250, PickupKind.NotPickedUp)]
    [TestCase("2026-09-20", 300, 300.01, PickupKind.PickUp)]
    [TestCase("2026-07-01", 300, 300, PickupKind.NotPickedUp)]
    [TestCase("2026-06-30", 300, 300, PickupKind.PickUp)]
    public void Should_pick_up_a_repeat_within_the_window_only_when_arrears_rose(string closedOn, decimal earlier, decimal now, PickupKind kind)
    {
        var closed = new ClosedCase(EarlierCase, new Period(2026, 6), DateOnly.Parse(closedOn, System.Globalization.CultureInfo.InvariantCulture), earlier);

        var decision = Pickup.Decide(new PickupFacts(October, now, false, null, closed), Policy);

        Assert.Multiple(() =>
        {
            Assert.That(decision.Kind, Is.EqualTo(kind));
            Assert.That(decision.Result, Is.EqualTo(kind == PickupKind.NotPickedUp ? CaseResult.RepeatSignal : null));
        });
    }

    [Test]
    public void When_the_household_has_an_open_case_Should_join_it_even_below_the_minimum()
    {
        var decision = Pickup.Decide(new PickupFacts(October, 10m, false, new OpenCase(EarlierCase, new Period(2026, 9)), null), Policy);

        Assert.Multiple(() =>
        {
            Assert.That(decision.Kind, Is.EqualTo(PickupKind.JoinOpenCase));
            Assert.That(decision.CaseId, Is.EqualTo(EarlierCase));
            Assert.That(decision.Reason, Does.Contain("2026-09"));
        });
    }

    [Test]
    public void When_the_signal_is_a_referral_or_urgent_Should_pick_it_up_whatever_the_amount_or_repeat()
    {
        var closed = new ClosedCase(EarlierCase, new Period(2026, 9), new DateOnly(2026, 9, 20), 500m);

        Assert.That(Pickup.Decide(new PickupFacts(October, 10m, true, null, closed), Policy).Kind, Is.EqualTo(PickupKind.PickUp));
    }

    [Test]
    public void When_the_address_is_outside_the_municipality_Should_not_pick_it_up_as_not_a_resident()
    {
        var decision = Pickup.Decide(new PickupFacts(October, 900m, true, null, null, OutsideMunicipality: true), Policy);

        Assert.Multiple(() =>
        {
            Assert.That(decision.Kind, Is.EqualTo(PickupKind.NotPickedUp));
            Assert.That(decision.Result, Is.EqualTo(CaseResult.NotAResident));
        });
    }

    [Test]
    public void When_the_rules_are_off_Should_pick_up_every_amount_and_every_repeat()
    {
        var closed = new ClosedCase(EarlierCase, new Period(2026, 9), new DateOnly(2026, 9, 20), 500m);

        Assert.That(Pickup.Decide(new PickupFacts(October, 1m, false, null, closed), new PickupPolicy(0m, 0)).Kind, Is.EqualTo(PickupKind.PickUp));
    }
}
