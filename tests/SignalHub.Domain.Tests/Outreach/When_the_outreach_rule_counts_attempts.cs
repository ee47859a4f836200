using SignalHub.Domain.Outreach;
using SignalHub.Domain.Vocabulary;

namespace SignalHub.Domain.Tests.Outreach;

/// <summary>The agreement: two home visits at different moments (another day or another day-part) and two phone calls.</summary>
public sealed class When_the_outreach_rule_counts_attempts
{
    [TestCase("", 0, 0, false)]
    [TestCase("Huisbezoek 2026-11-03 09:30 | Huisbezoek 2026-11-04 19:30 | Telefoon 2026-11-03 12:00 | Telefoon 2026-11-05 17:00", 2, 2, true)]
    [TestCase("Huisbezoek 2026-11-03 09:30 | Huisbezoek 2026-11-03 11:45", 1, 0, false)]
    [TestCase("Huisbezoek 2026-11-03 09:30 | Huisbezoek 2026-11-03 19:30", 2, 0, false)]
    [TestCase("Huisbezoek 2026-11-03 09:30 | Huisbezoek 2026-11-04 09:30", 2, 0, false)]
    [TestCase("Huisbezoek 2026-11-03 11:59 | Huisbezoek 2026-11-03 12:00", 2, 0, false)]
    [TestCase("Huisbezoek 2026-11-03 18:00 | Huisbezoek 2026-11-03 23:30 | Huisbezoek 2026-11-03 19:00", 1, 0, false)]
    [TestCase("Telefoon 2026-11-03 10:00 | Telefoon 2026-11-03 10:40", 0, 2, false)]
    [TestCase("Telefoon 2026-11-03 10:00 | Telefoon 2026-11-03 10:00", 0, 1, false)]
    [TestCase("Brief 2026-11-03 10:00 | Kaartje 2026-11-03 10:05 | Mail 2026-11-03 10:10 | SMS/Whatsapp 2026-11-04 10:00", 0, 0, false)]
    [TestCase("Huisbezoek 2026-11-03 09:00 | Huisbezoek 2026-11-03 10:00 | Huisbezoek 2026-11-03 14:00 | Telefoon 2026-11-03 09:00 | Telefoon 2026-11-06 20:00", 2, 2, true)]
    public void Should_count_visits_once_per_day_and_day_part_and_calls_once_per_minute(string attempts, int visits, int calls, bool met)
    {
        var progress = OutreachRule.Evaluate(Attempts.Read(attempts), OutreachRequirement.Agreed);

        Assert.Multiple(() =>
        {
            Assert.That(progress.HomeVisits, Is.EqualTo(visits), "home visits counted");
            Assert.That(progress.PhoneCalls, Is.EqualTo(calls), "phone calls counted");
            Assert.That(progress.IsMet, Is.EqualTo(met));
        });
    }

    [Test]
    public void When_the_day_part_is_given_Should_count_the_given_one_not_the_clock()
    {
        var morning = Attempts.One("Huisbezoek 2026-11-03 11:55");
        var givenAsAfternoon = Attempts.One("Huisbezoek 2026-11-03 11:50") with { DayPart = DayPart.Afternoon };

        var progress = OutreachRule.Evaluate([morning, givenAsAfternoon], OutreachRequirement.Agreed);

        Assert.That(progress.HomeVisits, Is.EqualTo(2));
    }

    [TestCase("", "nog 2 huisbezoeken op verschillende dagen of dagdelen|nog 2 telefoongesprekken")]
    [TestCase("Huisbezoek 2026-11-03 09:30", "nog 1 huisbezoek op een ander dagdeel of een andere dag|nog 2 telefoongesprekken")]
    [TestCase("Huisbezoek 2026-11-03 09:30 | Huisbezoek 2026-11-03 10:30 | Telefoon 2026-11-03 10:00", "nog 1 huisbezoek op een ander dagdeel of een andere dag|nog 1 telefoongesprek")]
    [TestCase("Huisbezoek 2026-11-03 09:30 | Huisbezoek 2026-11-05 09:30 | Telefoon 2026-11-03 10:00", "nog 1 telefoongesprek")]
    [TestCase("Huisbezoek 2026-11-03 09:30 | Huisbezoek 2026-11-05 09:30 | Telefoon 2026-11-03 10:00 | Telefoon 2026-11-04 10:00", "")]
    public void Should_say_in_Dutch_what_is_still_needed(string attempts, string needs)
    {
        var progress = OutreachRule.Evaluate(Attempts.Read(attempts), OutreachRequirement.Agreed);

        Assert.That(progress.Needs, Is.EqualTo(needs.Split('|', StringSplitOptions.RemoveEmptyEntries)));
    }

    [TestCase(3, 1, "Huisbezoek 2026-11-03 09:30", "2 more home visits, each on another day-part or another day|1 more phone call")]
    [TestCase(1, 1, "", "1 more home visit|1 more phone call")]
    [TestCase(2, 2, "Huisbezoek 2026-11-03 09:30 | Telefoon 2026-11-03 10:00", "1 more home visit on another day-part or another day|1 more phone call")]
    [TestCase(0, 0, "", "")]
    public void When_the_municipality_asks_other_numbers_Should_count_to_those(int visits, int calls, string attempts, string needs)
    {
        var progress = OutreachRule.Evaluate(Attempts.Read(attempts), new OutreachRequirement(visits, calls));

        Assert.Multiple(() =>
        {
            Assert.That(progress.NeedsInEnglish, Is.EqualTo(needs.Split('|', StringSplitOptions.RemoveEmptyEntries)));
            Assert.That(progress.IsMet, Is.EqualTo(needs.Length == 0));
        });
    }

    [Test]
    public void When_three_visits_are_needed_and_none_made_Should_say_different_moments()
    {
        var progress = OutreachRule.Evaluate([], new OutreachRequirement(3, 0));

        Assert.That(progress.Needs, Is.EqualTo(new[] { "nog 3 huisbezoeken op verschillende dagen of dagdelen" }));
    }
}
