using System.Text;
using System.Text.Json;
using Dapper;
using SignalHub.Ingestion.Calendar;
using SignalHub.Registers;
using SignalHub.Storage;
using SignalHub.Tests.Dispatch;
using SignalHub.Tests.Fixtures;
using SignalHub.Tests.Partners;
using static SignalHub.Tests.Fixtures.PartnerFiles;

namespace SignalHub.Tests.Feedback;

/// <summary>
/// Terugkoppeling over the partner API, on both stacks: each partner hears back about its own references only, with a
/// dated status, never the reason a signal was not picked up, never another partner's data; and its month's data quality.
/// </summary>
[TestFixture(StackKind.SqliteInMemory)]
[TestFixture(StackKind.PostgresRabbitMq)]
public sealed class When_partners_ask_what_became_of_their_signals(StackKind kind)
{
    private const string October = "2026-10";
    private SignalHubStack _stack = null!;
    private HttpClient _housing = null!;
    private HttpClient _energy = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _stack = await SignalHubStack.StartAsync(kind);
        await _stack.ImportAreasAsync();
        // The register knows postcode 2011AB but not number 14, and nothing in 2099: not found, and outside.
        const string Register = "id;postcode;huisnummer\n1;2011AB;12\n2;2011AB;16\n3;2011AB;18\n4;2016XY;1\n";
        await _stack.Get<AddressRegister>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(Register)), CancellationToken.None);
        var (_, housingKey) = await _stack.RegisterAsync("Woonstichting Terug", "housing");
        var (_, energyKey) = await _stack.RegisterAsync("Energie Ander", "energy");
        await _stack.RegisterAsync("Drinkwater Stil", "water");
        _housing = _stack.Client(housingKey);
        _energy = _stack.Client(energyKey);
        await _stack.UploadAsync(housingKey, October, Csv(
            Row("R-1", "huur", "Jansen", "12", "2011AB"),
            Row("R-2", "huur", "Kramer", "14", "2011AB", amount: "20,00"),
            Row("R-3", "huur", "Smit", "16", "2011AB"),
            Row("R-4", "huur", "Visser", "1", "2016XY"),
            Row("R-5", "huur", "Mulder", "1", "2099ZZ"),
            Row("R-6", "huur", "Bakker", "3", "0123AB")));
        await _stack.UploadAsync(energyKey, October, Csv(
            Row("E-1", "energie", "Jansen", "12", "2011AB", amount: "€ 1.234,56"),
            Row("E-2", "energie", "de Wit", "18", "2011AB", amount: "777,00")));
        await (await _housing.WithdrawAsync("R-3", October, "paid")).AssertJsonAsync(200);
        await _stack.WaitUntilIdleAsync();
        await _stack.Get<Database>().InTransactionAsync((c, t) => c.ExecuteAsync(
            "UPDATE cases SET status = 'in_contact', updated_at = @Now WHERE match_id IN (SELECT id FROM matches WHERE postcode = '2011AB' AND house_number = 12)",
            new { Now = DateTime.UtcNow }, t), CancellationToken.None);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _housing.Dispose();
        _energy.Dispose();
        await _stack.DisposeAsync();
    }

    [Test]
    public async Task Each_reference_should_get_one_dated_status_the_partner_may_know()
    {
        var today = DeliveryDeadline.Today(DateTime.UtcNow);

        var feedback = await FeedbackAsync(_housing);

        Assert.Multiple(() =>
        {
            Assert.That(feedback.Select(f => (f.Prop("reference").GetString(), f.Prop("status").GetString())), Is.EqualTo(new[]
            {
                ("R-1", "contact_made"),
                ("R-2", "not_picked_up"),
                ("R-3", "withdrawn"),
                ("R-4", "in_progress"),
                ("R-5", "not_picked_up"),
            }), "R-6 was rejected at intake: its receipt says why");
            Assert.That(feedback.Select(f => f.Prop("statusDate").GetString()), Is.All.EqualTo(today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(feedback.Select(f => f.Prop("period").GetString()), Is.All.EqualTo(October));
            Assert.That(feedback.Select(f => f.Prop("result").ValueKind), Is.All.EqualTo(JsonValueKind.Null), "no covenant allows results here");
        });
    }

    [Test]
    public async Task A_partner_should_never_see_another_partners_references_or_data()
    {
        var body = await (await _housing.GetAsync($"/api/v1/feedback?period={October}")).Content.ReadAsStringAsync();
        var energy = await FeedbackAsync(_energy);

        Assert.Multiple(() =>
        {
            Assert.That(body, Does.Not.Contain("E-1").And.Not.Contain("E-2").And.Not.Contain("Energie"));
            Assert.That(body, Does.Not.Contain("Jansen").And.Not.Contain("1234").And.Not.Contain("1.234"), "no names or amounts, not even its own");
            Assert.That(body, Does.Not.Contain("Wijkteam").And.Not.Contain("sdv").And.Not.Contain("coordinator"), "not where the household went");
            Assert.That(body, Does.Not.Contain("onterecht").And.Not.Contain("ondergrens").And.Not.Contain("inwoner"), "not why it was not picked up");
            Assert.That(energy.Select(f => f.Prop("reference").GetString()), Is.EqualTo(new[] { "E-1", "E-2" }));
        });
    }

    [Test]
    public async Task Another_partners_withdrawal_should_not_change_this_partners_status()
    {
        await (await _energy.WithdrawAsync("E-1", October, "payment_arrangement")).AssertJsonAsync(200);
        await _stack.WaitUntilIdleAsync();

        var housing = await FeedbackAsync(_housing);
        var energy = await FeedbackAsync(_energy);

        Assert.Multiple(() =>
        {
            Assert.That(housing.Single(f => f.Prop("reference").GetString() == "R-1").Prop("status").GetString(), Is.EqualTo("contact_made"));
            Assert.That(energy.Single(f => f.Prop("reference").GetString() == "E-1").Prop("status").GetString(), Is.EqualTo("withdrawn"));
        });
    }

    [Test]
    public async Task The_data_quality_summary_should_count_the_partners_own_rejected_rows_addresses_and_lateness()
    {
        var housing = await (await _housing.GetAsync($"/api/v1/feedback/quality?period={October}")).AssertJsonAsync(200);
        var energy = await (await _energy.GetAsync($"/api/v1/feedback/quality?period={October}")).AssertJsonAsync(200);
        var all = await _stack.Get<SignalHub.Feedback.DataQualityQuery>().ForPeriodAsync(Scenario.Month(October), null, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That((housing.Prop("rowsRead").GetInt32(), housing.Prop("rowsAccepted").GetInt32(), housing.Prop("rowsRejected").GetInt32()),
                Is.EqualTo((6, 5, 1)));
            Assert.That(housing.Prop("rejectedByCode").EnumerateArray().Select(c => (c.Prop("code").GetString(), c.Prop("count").GetInt32())),
                Is.EqualTo(new[] { ("postcode.invalid", 1) }));
            Assert.That((housing.Prop("addressesNotFound").GetInt32(), housing.Prop("addressesOutside").GetInt32()), Is.EqualTo((1, 1)),
                "R-2 at an unknown number, R-5 outside; R-3 was withdrawn and no longer counts");
            Assert.That(housing.Prop("timeliness").GetString(), Is.EqualTo("late"), "October's deadline was the 25th");
            Assert.That(housing.Prop("partner").GetString(), Is.EqualTo("Woonstichting Terug"));
            Assert.That((energy.Prop("rowsRejected").GetInt32(), energy.Prop("addressesNotFound").GetInt32()), Is.EqualTo((0, 0)));
            Assert.That(energy.GetRawText(), Does.Not.Contain("Woonstichting"));
            Assert.That(all.Single(q => q.Partner == "Drinkwater Stil").Timeliness, Is.EqualTo("not_expected"),
                "registered after October's deadline and silent: not counted as missing");
            Assert.That(all.Select(q => q.Partner), Is.EqualTo(new[] { "Drinkwater Stil", "Energie Ander", "Woonstichting Terug" }));
        });
    }

    [TestCase("/api/v1/feedback?period=2026-13")]
    [TestCase("/api/v1/feedback")]
    [TestCase("/api/v1/feedback/quality?period=oktober")]
    public async Task A_bad_period_should_answer_400(string path) =>
        await (await _housing.GetAsync(path)).AssertProblemAsync(400);

    [TestCase("/api/v1/feedback?period=2026-10")]
    [TestCase("/api/v1/feedback/quality?period=2026-10")]
    public async Task Without_a_key_should_answer_401(string path)
    {
        using var anonymous = _stack.Client();
        await (await anonymous.GetAsync(path)).AssertProblemAsync(401);
    }

    private static async Task<List<JsonElement>> FeedbackAsync(HttpClient client) =>
        [.. (await (await client.GetAsync($"/api/v1/feedback?period={October}")).AssertJsonAsync(200)).EnumerateArray()];
}
