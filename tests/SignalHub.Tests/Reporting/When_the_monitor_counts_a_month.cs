using Microsoft.Extensions.Time.Testing;
using SignalHub.Reporting;
using SignalHub.Tests.Fixtures;
using static SignalHub.Tests.Outreach.OutreachStack;

namespace SignalHub.Tests.Reporting;

/// <summary>The monitor of <see cref="MonitorMonth"/>: every figure against the answer the month was built to give.</summary>
[TestFixture(StackKind.SqliteInMemory)]
[TestFixture(StackKind.PostgresRabbitMq)]
public sealed partial class When_the_monitor_counts_a_month(StackKind kind)
{
    private SignalHubStack _stack = null!;
    private MonitorFigures _november = null!;
    private MonitorFigures _quarter = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _stack = await MonitorMonth.BuildAsync(kind, new FakeTimeProvider(Amsterdam("2026-10-01 09:00")));
        _november = await ReportAsync("2026-11");
        _quarter = await ReportAsync("2026-Q4");
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_stack is not null)
            await _stack.DisposeAsync();
    }

    private async Task<MonitorFigures> ReportAsync(string period)
    {
        Assert.That(ReportPeriod.TryParse(period, out var parsed, out var error), Is.True, error);
        return await _stack.Get<MonitorReport>().GetAsync(parsed, CancellationToken.None);
    }

    [Test]
    public void Should_count_signals_per_cost_type_and_partner_with_the_withdrawn_one_and_without_the_rejected_row()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_november.SignalsReceived, Is.EqualTo(7));
            Assert.That(_november.SignalsByCostType, Is.EqualTo(new Dictionary<string, int> { ["rent"] = 5, ["energy"] = 2, ["water"] = 0, ["health_insurance"] = 0 }));
            Assert.That(_november.SignalsByPartner, Is.EqualTo(new Dictionary<string, int> { [MonitorMonth.Energy] = 2, [MonitorMonth.Housing] = 5 }));
            Assert.That(_november.Withdrawn, Is.EqualTo(1));
            Assert.That(_november.RejectedRows, Is.EqualTo(1));
            Assert.That(_november.RejectedByReason.Keys, Has.All.StartWith("postcode"));
        });
    }

    [Test]
    public void Should_count_addresses_households_and_the_multiple_arrears_share()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_november.UniqueAddresses, Is.EqualTo(6));
            Assert.That(_november.Households, Is.EqualTo(6));
            Assert.That(_november.MultipleArrearsHouseholds, Is.EqualTo(1));
            Assert.That(_november.MultipleArrearsShare, Is.EqualTo(16.7m), "1 of 6");
            Assert.That(_november.Recidivists, Is.EqualTo(1), "Lindelaan 3 was reported in October");
        });
    }

    [Test]
    public void Should_count_cases_per_route_contact_and_help()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_november.Matches, Is.EqualTo(5));
            Assert.That(_november.Routed, Is.EqualTo(new Dictionary<string, int> { ["sdv"] = 1, ["wijkteam"] = 2, ["budgetcoach"] = 1, ["coordinator"] = 1 }));
            Assert.That(_november.ContactMade, Is.EqualTo(2));
            Assert.That(_november.HelpAccepted, Is.EqualTo(1));
        });
    }

    [Test]
    public void Should_count_outcomes_per_final_result_with_the_match_not_picked_up_and_the_schemes_applied_for()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_november.Outcomes, Has.Count.EqualTo(15), "every final result of the standard, zero included");
            Assert.That(_november.Outcomes.Where(o => o.Value > 0), Is.EquivalentTo(new Dictionary<string, int>
            {
                ["follow_up_financial"] = 1, ["already_known_to_debt_service"] = 1, ["no_help_needed"] = 1, ["unjustified_signal"] = 1,
            }));
            Assert.That(_november.SchemesAppliedFor.Where(s => s.Value > 0), Is.EquivalentTo(new Dictionary<string, int>
            {
                ["tax_remission"] = 1, ["special_assistance"] = 1,
            }));
        });
    }

    [Test]
    public void Should_take_the_median_time_to_first_attempt_and_contact_and_the_share_within_the_norm()
    {
        Assert.Multiple(() =>
        {
            // First attempts after 1.08, 2.04 and 3.0 days; contact after 1.08 and 4.44 days.
            Assert.That(_november.MedianDaysToFirstAttempt, Is.EqualTo(2.0m));
            Assert.That(_november.MedianDaysToFirstContact, Is.EqualTo(2.8m));
            // Doors 1 and 3 reached, door 2 closed on the 8th day; doors 4 and 7 not yet handled.
            Assert.That(_november.WithinNorm, Is.EqualTo(3));
            Assert.That(_november.WithinNormShare, Is.EqualTo(60.0m));
        });
    }

    [Test]
    public void Should_say_per_partner_on_time_rejected_and_withdrawn()
    {
        var housing = _november.Partners.Single(p => p.Partner == MonitorMonth.Housing);
        var energy = _november.Partners.Single(p => p.Partner == MonitorMonth.Energy);
        Assert.Multiple(() =>
        {
            Assert.That((housing.Signals, housing.OnTime, housing.Late, housing.RejectedRows, housing.Withdrawn), Is.EqualTo((5, 1, 0, 1, 1)));
            Assert.That((energy.Signals, energy.OnTime, energy.Late, energy.RejectedRows, energy.Withdrawn), Is.EqualTo((2, 1, 0, 0, 0)));
            Assert.That(_november.AddressesNotFound, Is.Zero, "no BAG register is loaded, so no address is checked");
        });
    }

    [Test]
    public void Should_add_up_a_quarter_and_count_a_door_of_two_months_once()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_quarter.Period, Is.EqualTo("2026-Q4"));
            Assert.That(_quarter.SignalsReceived, Is.EqualTo(8));
            Assert.That(_quarter.UniqueAddresses, Is.EqualTo(6), "Lindelaan 3 in October and November is one address");
            Assert.That(_quarter.Households, Is.EqualTo(7), "a household per address per month");
            Assert.That(_quarter.Matches, Is.EqualTo(6));
            Assert.That(_quarter.ContactMade, Is.EqualTo(3));
            Assert.That(_quarter.Outcomes["no_help_needed"], Is.EqualTo(2));
            Assert.That(_quarter.Partners.Single(p => p.Partner == MonitorMonth.Housing).OnTime, Is.EqualTo(2), "October and November");
        });
    }
}
