using SignalHub.Domain.Vocabulary;

namespace SignalHub.Domain.Tests.Vocabulary;

/// <summary>The standard's own lists, beyond the round trips every list gets.</summary>
public sealed class DdasVocabularyTests
{
    [TestCase("huisbezoek", ContactKind.HomeVisit)]
    [TestCase("home visit", ContactKind.HomeVisit)]
    [TestCase("bellen", ContactKind.Phone)]
    [TestCase("E-mail", ContactKind.Email)]
    [TestCase("mail", ContactKind.Email)]
    [TestCase("WhatsApp", ContactKind.TextMessage)]
    [TestCase("sms/whatsapp", ContactKind.TextMessage)]
    [TestCase("kaartje", ContactKind.Card)]
    [TestCase("administratief", ContactKind.Administrative)]
    public void When_an_outreach_worker_records_a_contact_Should_read_its_kind(string raw, ContactKind expected)
    {
        var parsed = ContactKinds.TryParse(raw, out var value, out var error);

        Assert.Multiple(() =>
        {
            Assert.That(parsed, Is.True, error);
            Assert.That(value, Is.EqualTo(expected));
        });
    }

    [Test]
    public void When_a_contact_kind_is_unknown_Should_list_the_codes_and_the_standards_words()
    {
        var parsed = ContactKinds.TryParse("postduif", out _, out var error);

        Assert.Multiple(() =>
        {
            Assert.That(parsed, Is.False);
            Assert.That(error, Is.EqualTo(
                "contact kind is not one of: home_visit (bezoek, Huisbezoek), phone (bellen, Telefoon), "
                + "letter (Brief), email (e-mail, Mail), text_message (sms, whatsapp, SMS/Whatsapp), card (Kaartje), "
                + "administrative (Administratief), other (overig, Overige)"));
        });
    }

    [TestCase("huisbezoek")]
    [TestCase("Huisbezoek ")]
    [TestCase("home_visit")]
    public void When_reading_the_standard_Should_accept_only_its_exact_strings(string notExact)
    {
        Assert.Multiple(() =>
        {
            Assert.That(ContactKinds.TryFromDdas(notExact, out _), Is.False);
            Assert.That(() => ContactKinds.FromDdas(notExact), Throws.ArgumentException.With.Message.Contains("EnumContactsoort"));
        });
    }

    [TestCase("08:00", DayPart.Morning)]
    [TestCase("11:59", DayPart.Morning)]
    [TestCase("12:00", DayPart.Afternoon)]
    [TestCase("17:59", DayPart.Afternoon)]
    [TestCase("18:00", DayPart.Evening)]
    [TestCase("21:30", DayPart.Evening)]
    public void When_a_visit_has_a_time_Should_fall_in_its_day_part(string time, DayPart expected) =>
        Assert.That(DayParts.Of(TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(expected));

    [TestCase(CaseResult.RepeatSignal, SignalStatus.RepeatSignal)]
    [TestCase(CaseResult.UnjustifiedSignal, SignalStatus.UnjustifiedSignal)]
    [TestCase(CaseResult.ResidentDeceased, SignalStatus.ResidentDeceased)]
    [TestCase(CaseResult.NotAResident, SignalStatus.NotAResident)]
    [TestCase(CaseResult.NotPickedUpOtherReason, SignalStatus.NotPickedUpOtherReason)]
    public void When_a_case_closes_without_being_picked_up_Should_give_its_signals_the_same_status(CaseResult result, SignalStatus expected)
    {
        Assert.Multiple(() =>
        {
            Assert.That(SignalStatuses.TryFromCaseResult(result, out var status), Is.True);
            Assert.That(status, Is.EqualTo(expected));
            Assert.That(status.ToDdas(), Is.EqualTo(result.ToDdas()));
        });
    }

    [Test]
    public void When_a_case_closes_after_being_picked_up_Should_not_claim_a_signal_status()
    {
        var withStatus = CaseResults.All.Where(r => SignalStatuses.TryFromCaseResult(r, out _)).ToList();
        var sharedWithStatuses = CaseResults.All.Where(r => SignalStatuses.All.Any(s => s.ToDdas() == r.ToDdas())).ToList();

        Assert.That(withStatus, Is.EqualTo(sharedWithStatuses).And.Count.EqualTo(5));
    }

    [Test]
    public void When_counting_the_final_results_Should_find_the_standards_fifteen() =>
        Assert.That(CaseResults.All, Has.Count.EqualTo(15));
}
