using Microsoft.Extensions.Time.Testing;
using SignalHub.Domain.Vocabulary;
using SignalHub.Matching;
using SignalHub.Tests.Fixtures;
using SignalHub.Tests.Partners;
using static SignalHub.Tests.Fixtures.PartnerFiles;
using static SignalHub.Tests.Outreach.OutreachStack;

namespace SignalHub.Tests.Outreach;

/// <summary>
/// The actuality check before the first home visit: a partner takes its signal back after the case was made,
/// by sending a new file without it or through the API. Nobody goes to the door; the case closes with the
/// result that says why.
/// </summary>
[TestFixture(StackKind.SqliteInMemory)]
[TestFixture(StackKind.PostgresRabbitMq)]
public sealed class When_the_signals_behind_a_case_are_gone_before_the_first_visit(StackKind kind)
{
    private const string Period = "2026-11";
    private FakeTimeProvider _clock = null!;
    private SignalHubStack _stack = null!;
    private string _housingKey = "";

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _clock = new FakeTimeProvider(Amsterdam("2026-11-02 09:00"));
        _stack = await OutreachStack.StartAsync(kind, _clock);
        _housingKey = (await _stack.RegisterAsync("Woonstichting Actueel", "housing")).ApiKey;
        var (_, energyKey) = await _stack.RegisterAsync("Energie Actueel", "energy");
        await _stack.UploadAsync(_housingKey, Period, Csv(
            Row("A-1", "huur", "Vermeer", "1", "2601AB"),
            Row("A-2", "huur", "de Wit", "2", "2601AB"),
            Row("A-3", "huur", "Kok", "3", "2601AB")));
        await _stack.UploadAsync(energyKey, Period, Csv(Row("E-3", "energie", "Kok", "3", "2601AB")));
        _clock.SetUtcNow(Amsterdam("2026-11-04 10:00"));
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _stack.DisposeAsync();

    [Test]
    public async Task When_a_replacement_file_leaves_the_reference_out_Should_refuse_the_visit_and_close_the_case()
    {
        var id = await _stack.CaseAtAsync("2601AB", 1);
        await _stack.RecordAsync(id, "Telefoon 2026-11-03 11:00 niet");
        await _stack.UploadAsync(_housingKey, Period, Csv(
            Row("A-2", "huur", "de Wit", "2", "2601AB"),
            Row("A-3", "huur", "Kok", "3", "2601AB")));

        var visit = await _stack.Work().RecordAttemptAsync(id, Attempt("Huisbezoek 2026-11-04 09:30 niet"), "Sanne Veldwerker", CancellationToken.None);

        var detail = await _stack.DetailAsync(id);
        var match = (await _stack.Get<MatchQuery>().ListAsync(Scenario.Month(Period), CancellationToken.None)).Single(m => m.Id == detail.MatchId);
        Assert.Multiple(() =>
        {
            Assert.That(match.Status, Is.EqualTo(MatchStatus.ResolvedByPartner.ToCode()), "the replacement withdrew A-1");
            Assert.That(visit.Refusal?.Code, Is.EqualTo("signal_not_current"));
            Assert.That(visit.Refusal?.Message, Does.StartWith("No home visit: none of this case's signals is current any more"));
            Assert.That(visit.Refusal?.DutchMessage, Does.Contain("afgesloten als 'Niet opgepakt: andere reden'"));
            Assert.That(detail.Attempts.Select(a => a.Kind), Is.EqualTo(new[] { "Telefoon" }), "the visit was not recorded");
            Assert.That(detail.Status, Is.EqualTo("closed"));
            Assert.That(detail.Outcome?.Result, Is.EqualTo("not_picked_up_other_reason"));
            Assert.That(detail.Outcome?.ClosedBy, Is.EqualTo("signalhub:actuality"));
        });
    }

    [Test]
    public async Task When_the_partner_withdrew_it_as_paid_Should_close_as_paid_by_the_household()
    {
        var id = await _stack.CaseAtAsync("2601AB", 2);
        using var housing = _stack.Client(_housingKey);
        using var withdrawn = await housing.WithdrawAsync("A-2", Period, "paid");
        Assert.That((int)withdrawn.StatusCode, Is.EqualTo(200));
        await _stack.WaitUntilIdleAsync();

        var visit = await _stack.Work().RecordAttemptAsync(id, Attempt("Huisbezoek 2026-11-04 09:30 niet"), "Sanne Veldwerker", CancellationToken.None);

        var detail = await _stack.DetailAsync(id);
        Assert.Multiple(() =>
        {
            Assert.That(visit.Refusal?.Code, Is.EqualTo("signal_not_current"));
            Assert.That(detail.Outcome?.Result, Is.EqualTo("paid_or_arranged_themselves"));
            Assert.That(detail.Events.Select(e => e.Event), Is.EqualTo(new[] { "closed" }));
        });
    }

    [Test]
    public async Task When_another_partner_s_signal_is_still_current_Should_record_the_visit()
    {
        var id = await _stack.CaseAtAsync("2601AB", 3);
        using var housing = _stack.Client(_housingKey);
        using var withdrawn = await housing.WithdrawAsync("A-3", Period, "paid");
        await _stack.WaitUntilIdleAsync();

        var visit = await _stack.Work().RecordAttemptAsync(id, Attempt("Huisbezoek 2026-11-04 09:30 niet"), "Sanne Veldwerker", CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(visit.Refusal, Is.Null, "the energy arrears are still current");
            Assert.That((await _stack.DetailAsync(id)).Status, Is.EqualTo("contact_attempted"));
        });
    }
}
