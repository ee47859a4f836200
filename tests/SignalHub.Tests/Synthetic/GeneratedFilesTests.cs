using SignalHub.Domain.Signals;
using SignalHub.Domain.Vocabulary;
using SignalHub.Synthetic;

namespace SignalHub.Tests.Synthetic;

/// <summary>The generated files are what partners would send: valid rows, the national mix, the volumes of practice.</summary>
public sealed class GeneratedFilesTests
{
    private static GeneratedFolder Folder => SharedGeneration.Seven;

    [Test]
    public void Every_file_opens_and_every_row_is_a_valid_signal_of_its_partner()
    {
        var today = DateOnly.FromDateTime(DateTime.Today);
        var partners = Folder.Table("partners.csv").ToDictionary(p => p["name"], p => p["type"]);
        foreach (var (partner, file) in Folder.Expected.Periods.SelectMany(p => p.Imports).Select(i => (i.Partner, i.File)))
        {
            var allowed = PartnerTypes.TryParse(partners[partner], out var type, out _) ? type.DefaultCostTypes().ToHashSet() : [];
            var errors = Folder.Rows(file).Select(row => SignalRowValidator.Validate(row, allowed, today))
                .SelectMany(result => result.Errors).Select(e => $"{file} line {e.Line}: {e.Column} {e.Code} {e.Reason}").Take(5).ToList();
            Assert.That(errors, Is.Empty);
        }
    }

    [Test]
    public void Every_month_has_exactly_the_signals_asked_for_in_its_partners_files()
    {
        foreach (var period in Folder.Expected.Periods)
        {
            var firstFiles = period.Imports.Where(i => !i.File.EndsWith("_v2.csv", StringComparison.Ordinal));
            Assert.That(firstFiles.Sum(i => Folder.Rows(i.File).Count), Is.EqualTo(SharedGeneration.SignalsPerMonth), period.Period);
            Assert.That(period.Total("signals"), Is.EqualTo(SharedGeneration.SignalsPerMonth), period.Period);
        }
    }

    [TestCase("health_insurance", 0.45)]
    [TestCase("energy", 0.25)]
    [TestCase("rent", 0.19)]
    [TestCase("water", 0.11)]
    public void The_cost_types_follow_the_national_mix(string costType, double share)
    {
        var rows = Folder.Expected.Periods.SelectMany(p => p.Imports).Where(i => !i.File.EndsWith("_v2.csv", StringComparison.Ordinal))
            .SelectMany(i => Folder.Rows(i.File)).ToList();
        var written = rows.Count(r => CostTypes.TryParse(r.CostType, out var c, out _) && c.ToCode() == costType) / (double)rows.Count;
        Assert.That(written, Is.EqualTo(share).Within(0.015));
    }

    [Test]
    public void About_one_address_in_nine_has_two_or_more_signals_in_a_month()
    {
        foreach (var period in Folder.Expected.Periods)
            Assert.That(period.Total("doorsWithSeveralSignals") / (double)period.Total("doors"), Is.EqualTo(0.11).Within(0.02), period.Period);
    }

    [Test]
    public void About_four_in_ten_addresses_had_a_signal_in_the_six_months_before()
    {
        var periods = Folder.Expected.Periods;
        var last = periods[^1];
        var before = periods.Take(periods.Count - 1).TakeLast(ActivityPlan.ReturnWindow).SelectMany(p => p.Matches).Select(m => m.Key).ToHashSet();
        var share = last.Matches.Count(m => before.Contains(m.Key)) / (double)last.Matches.Count;
        Assert.That(share, Is.EqualTo(0.40).Within(0.04));
    }

    [Test]
    public void A_door_is_a_recidivist_exactly_when_it_had_a_match_in_the_twelve_periods_before()
    {
        var periods = Folder.Expected.Periods;
        for (var i = 0; i < periods.Count; i++)
        {
            var earlier = periods.Take(i).TakeLast(DoorWriter.RecidivismMonths).SelectMany(p => p.Matches).Select(m => m.Key).ToHashSet();
            var wrong = periods[i].Matches.Where(m => m.Recidivist != earlier.Contains(m.Key)).Select(m => m.Key).Take(5).ToList();
            Assert.That(wrong, Is.Empty, periods[i].Period);
        }
    }

    [Test]
    public void Messy_spellings_take_the_rate_asked_for()
    {
        var messy = Folder.Expected.Periods.Sum(p => p.Total("messyRows")) / (double)Folder.Expected.Periods.Sum(p => p.Total("signals"));
        Assert.That(messy, Is.EqualTo(0.15).Within(0.01));
    }

    [Test]
    public void Every_case_of_the_month_occurs_withdrawals_lodgers_referrals_and_every_route()
    {
        var periods = Folder.Expected.Periods;
        var doors = periods.SelectMany(p => p.Matches).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(periods.Sum(p => p.Total("withdrawn")), Is.GreaterThan(0), "withdrawn signals");
            Assert.That(periods.Sum(p => p.Total("resolvedByPartner")), Is.GreaterThan(0), "doors whose every signal was withdrawn");
            Assert.That(periods.Sum(p => p.Total("referrals")), Is.GreaterThan(0), "referrals with consent");
            Assert.That(doors.Count(d => d.Persons > 1), Is.GreaterThan(0), "doors with two persons");
            Assert.That(doors.Select(d => d.Route).Distinct(), Is.EquivalentTo(new[] { "sdv", "budgetcoach", "wijkteam", "coordinator" }));
            Assert.That(doors.Count(d => d.KnownClient) / (double)doors.Count, Is.EqualTo(Population.SdvClientShare).Within(0.02));
        });
    }
}
