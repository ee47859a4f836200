using SignalHub.Domain.Vocabulary;
using SignalHub.Matching;
using SignalHub.Tests.Fixtures;
using SignalHub.Tests.Partners;
using static SignalHub.Tests.Fixtures.PartnerFiles;

namespace SignalHub.Tests.Ingestion;

/// <summary>
/// A partner takes back a signal (paid, arrangement, wrong address) through the API: the match at that door
/// loses it, and is resolved by the partner when nothing is left. On both stacks.
/// </summary>
[TestFixture(StackKind.SqliteInMemory)]
[TestFixture(StackKind.PostgresRabbitMq)]
public sealed class WithdrawTests(StackKind kind)
{
    private const string October = "2026-10";
    private SignalHubStack _stack = null!;
    private HttpClient _housing = null!;
    private HttpClient _energy = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _stack = await SignalHubStack.StartAsync(kind);
        var housingKey = (await _stack.RegisterAsync("Woonstichting Intrek", "housing")).ApiKey;
        var energyKey = (await _stack.RegisterAsync("Energie Intrek", "energy")).ApiKey;
        _housing = _stack.Client(housingKey);
        _energy = _stack.Client(energyKey);
        await _stack.UploadAsync(housingKey, October, Csv(
            Row("R-1", "huur", "Jansen", "12", "2011AB"),
            Row("R-2", "huur", "Visser", "5", "2012AB"),
            Row("R-3", "huur", "Smit", "7", "2012AC"),
            Row("R-4", "huur", "Bakker", "9", "2012AD")));
        await _stack.UploadAsync(energyKey, October, Csv(Row("E-1", "energie", "JANSEN", "12", "2011 ab")));
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _housing.Dispose();
        _energy.Dispose();
        await (_stack?.DisposeAsync() ?? ValueTask.CompletedTask);
    }

    [Test]
    public async Task When_the_only_signal_at_a_door_is_withdrawn_Should_resolve_its_match_by_partner()
    {
        Assert.That((await MatchAtAsync("2012AB", 5)).Signals, Has.Count.EqualTo(1), "the door has its match before the withdrawal");

        var state = await (await _housing.WithdrawAsync("R-2", October, "paid", "betaald op 3 november")).AssertJsonAsync(200);
        await _stack.WaitUntilIdleAsync();

        var match = await MatchAtAsync("2012AB", 5);
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(state.Prop("reference").GetString(), Is.EqualTo("R-2"));
            Assert.That(state.Prop("period").GetString(), Is.EqualTo(October));
            Assert.That(state.Prop("status").GetString(), Is.EqualTo("withdrawn"));
            Assert.That(state.Prop("reason").GetString(), Is.EqualTo("paid"));
            Assert.That(state.Prop("statusAt").GetDateTime(), Is.Not.EqualTo(default(DateTime)));
            Assert.That(match.Status, Is.EqualTo(MatchStatus.ResolvedByPartner.ToCode()));
            Assert.That(match.Signals, Is.Empty);
            Assert.That(await _stack.CountAsync(
                "SELECT COUNT(*) FROM match_events WHERE match_id = @Id AND event = 'left' AND reason LIKE '%paid%'", new { match.Id }), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task When_one_of_two_signals_at_a_door_is_withdrawn_Should_keep_the_match_with_the_other()
    {
        var before = await MatchAtAsync("2011AB", 12);
        Assert.That(before.Signals.Select(s => s.CostType), Is.EquivalentTo(new[] { "rent", "energy" }));

        await (await _energy.WithdrawAsync("E-1", October, "payment_arrangement")).AssertJsonAsync(200);
        await _stack.WaitUntilIdleAsync();

        var after = await MatchAtAsync("2011AB", 12);
        Assert.Multiple(() =>
        {
            Assert.That(after.Id, Is.EqualTo(before.Id), "the household keeps its match");
            Assert.That(after.Signals.Select(s => s.Reference), Is.EqualTo(new[] { "R-1" }));
            Assert.That(after.MultipleArrears, Is.False);
            Assert.That(after.Status, Is.Not.EqualTo(MatchStatus.ResolvedByPartner.ToCode()));
        });
    }

    [Test]
    public async Task When_a_signal_is_withdrawn_again_Should_answer_the_same_state_and_change_nothing()
    {
        var first = await (await _housing.WithdrawAsync("R-3", October, "wrong_address")).Content.ReadAsStringAsync();
        await _stack.WaitUntilIdleAsync();
        var outbox = await _stack.CountAsync("SELECT COUNT(*) FROM outbox");
        var events = await _stack.CountAsync("SELECT COUNT(*) FROM match_events");

        using var again = await _housing.WithdrawAsync("R-3", October, "other");
        var second = await again.Content.ReadAsStringAsync();
        await _stack.WaitUntilIdleAsync();

        await Assert.MultipleAsync(async () =>
        {
            Assert.That((int)again.StatusCode, Is.EqualTo(200), second);
            Assert.That(second, Is.EqualTo(first), "the first withdrawal's reason and time stay");
            Assert.That(await _stack.CountAsync("SELECT COUNT(*) FROM outbox"), Is.EqualTo(outbox), "no new message");
            Assert.That(await _stack.CountAsync("SELECT COUNT(*) FROM match_events"), Is.EqualTo(events));
            Assert.That(await _stack.CountAsync("SELECT COUNT(*) FROM signals WHERE reference = 'R-3' AND status_reason = 'wrong_address'"), Is.EqualTo(1));
        });
    }

    [TestCase("R-4", October, Description = "another partner's reference")]
    [TestCase("X-404", October, Description = "a reference nobody sent")]
    [TestCase("E-1", "2026-09", Description = "its own reference, in a month it did not send it")]
    public async Task When_a_partner_withdraws_what_it_did_not_send_Should_answer_404_and_change_nothing(string reference, string period)
    {
        var problem = await (await _energy.WithdrawAsync(reference, period, "paid")).AssertProblemAsync(404);
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(problem.Prop("detail").GetString(), Does.Not.Contain("Woonstichting").And.Not.Contain("Bakker"));
            Assert.That(await _stack.CountAsync("SELECT COUNT(*) FROM signals WHERE reference = 'R-4' AND status = 'current'"), Is.EqualTo(1),
                "the housing corporation's signal is untouched");
        });
    }

    [TestCase("2026-13", """{"reason":"paid"}""", "period")]
    [TestCase("", """{"reason":"paid"}""", "period")]
    [TestCase(October, """{"reason":"betaald"}""", "reason")]
    [TestCase(October, """{"note":"no reason given"}""", "reason")]
    [TestCase(October, "reason=paid", "JSON")]
    [TestCase(October, "", "JSON")]
    public async Task When_a_withdrawal_is_malformed_Should_answer_400_naming_what_is_wrong(string period, string body, string named)
    {
        using var response = await _housing.PostRawAsync($"/api/v1/signals/R-1/withdraw?period={period}", body, "application/json");
        var problem = await response.AssertProblemAsync(400);
        Assert.That(problem.Prop("detail").GetString(), Does.Contain(named));
    }

    [Test]
    public async Task When_the_note_is_longer_than_500_characters_Should_answer_400()
    {
        var problem = await (await _housing.WithdrawAsync("R-1", October, "other", new string('x', 501))).AssertProblemAsync(400);
        Assert.That(problem.Prop("detail").GetString(), Does.Contain("note"));
    }

    [Test]
    public async Task When_no_key_is_sent_Should_answer_401()
    {
        using var anonymous = _stack.Client();
        await (await anonymous.WithdrawAsync("R-1", October, "paid")).AssertProblemAsync(401);
    }

    private async Task<MatchView> MatchAtAsync(string postcode, int houseNumber) =>
        (await _stack.Get<MatchQuery>().ListAsync(Scenario.Month(October), CancellationToken.None))
        .Single(m => m.Address.Postcode == postcode && m.Address.HouseNumber == houseNumber && m.Address.HouseLetter is null);
}
