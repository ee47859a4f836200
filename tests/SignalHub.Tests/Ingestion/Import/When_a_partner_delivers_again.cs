using System.Net;
using System.Net.Http.Json;
using System.Text;
using Dapper;
using SignalHub.Domain.Vocabulary;
using SignalHub.Ingestion;
using SignalHub.Matching;
using SignalHub.Storage;
using SignalHub.Tests.Fixtures;
using static SignalHub.Tests.Fixtures.PartnerFiles;

namespace SignalHub.Tests.Ingestion.Import;

/// <summary>
/// A partner's newest delivery for a month is the truth for that month: the same file again changes nothing,
/// a corrected file replaces what it repeats and withdraws what it leaves out. Each scenario has its own
/// partners and doors, so they share one stack.
/// </summary>
[TestFixture(StackKind.SqliteInMemory)]
[TestFixture(StackKind.PostgresRabbitMq)]
public sealed class When_a_partner_delivers_again(StackKind kind)
{
    private const string Period = "2026-11";
    private SignalHubStack _stack = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _stack = await SignalHubStack.StartAsync(kind);

    [OneTimeTearDown]
    public async Task StopAsync() => await (_stack?.DisposeAsync() ?? ValueTask.CompletedTask);

    [Test]
    public async Task Should_answer_the_same_file_with_the_same_delivery_and_no_second_signals()
    {
        var (partner, key) = await _stack.RegisterAsync("Woonstichting Herhaling", "housing");
        var csv = Csv(Row("RH-1", "huur", "Jansen", "2", "2201AB"), Row("RH-2", "huur", "Bakker", "4", "2201AB"));

        var (firstStatus, first) = await PostAsync(key, csv);
        var (againStatus, again) = await PostAsync(key, csv);

        var matches = await DoorsAsync("2201AB");
        await Assert.MultipleAsync(async () =>
        {
            Assert.That((firstStatus, againStatus), Is.EqualTo((HttpStatusCode.Accepted, HttpStatusCode.OK)));
            Assert.That(again.DeliveryId, Is.EqualTo(first.DeliveryId));
            Assert.That(await CountAsync("SELECT COUNT(*) FROM deliveries WHERE partner_id = @Id", partner.Id), Is.EqualTo(1));
            Assert.That(await CountAsync("SELECT COUNT(*) FROM signals WHERE partner_id = @Id", partner.Id), Is.EqualTo(2));
            Assert.That(matches.Select(m => m.Signals.Count), Is.EqualTo(new[] { 1, 1 }));
        });
    }

    [Test]
    public async Task Should_replace_what_the_new_file_repeats_and_withdraw_what_it_leaves_out()
    {
        var (housing, housingKey) = await _stack.RegisterAsync("Woonstichting Correctie", "housing");
        var (_, energyKey) = await _stack.RegisterAsync("Energie Correctie", "energy");
        await _stack.UploadAsync(energyKey, Period, Csv(Row("EC-1", "energie", "Jansen", "1", "2301AB")));
        var first = await _stack.UploadAsync(housingKey, Period, Csv(
            Row("HC-1", "huur", "Jansen", "1", "2301AB"),
            Row("HC-2", "huur", "Bakker", "3", "2301AB", amount: "450,00"),
            Row("HC-3", "huur", "Visser", "5", "2301AB"),
            Row("HC-5", "huur", "Smit", "9", "2301AB")));

        var second = await _stack.UploadAsync(housingKey, Period, Csv(
            Row("HC-2", "huur", "Bakker", "3", "2301AB", amount: "999,99"),
            Row("HC-3", "huur", "Visser", "5", "2301AB"),
            Row("HC-4", "huur", "Mulder", "7", "2301AB")));

        var statuses = await SignalStatusesAsync(housing.Id);
        var doors = (await DoorsAsync("2301AB")).ToDictionary(m => m.Address.HouseNumber);
        Assert.Multiple(() =>
        {
            Assert.That(second.DeliveryId, Is.Not.EqualTo(first.DeliveryId));
            Assert.That(statuses, Is.EquivalentTo(new[]
            {
                "first HC-1 withdrawn", "first HC-2 replaced", "first HC-3 replaced", "first HC-5 withdrawn",
                "second HC-2 current", "second HC-3 current", "second HC-4 current",
            }.Select(s => s.Replace("first", first.DeliveryId.ToString(), StringComparison.Ordinal)
                .Replace("second", second.DeliveryId.ToString(), StringComparison.Ordinal))));
            Assert.That(doors[1].Signals.Select(s => s.Reference), Is.EqualTo(new[] { "EC-1" }), "HC-1 left the match it shared");
            Assert.That(doors[1].Status, Is.Not.EqualTo(MatchStatus.ResolvedByPartner.ToCode()));
            Assert.That(doors[3].Signals.Select(s => (s.Reference, s.Amount)), Is.EqualTo(new[] { ("HC-2", (decimal?)999.99m) }));
            Assert.That(doors[5].Signals.Select(s => s.Reference), Is.EqualTo(new[] { "HC-3" }));
            Assert.That(doors[7].Signals.Select(s => s.Reference), Is.EqualTo(new[] { "HC-4" }), "a new reference is a new signal");
            Assert.That(doors[9].Status, Is.EqualTo(MatchStatus.ResolvedByPartner.ToCode()), "nothing is left at HC-5's door");
            Assert.That(doors[9].Signals, Is.Empty);
        });
    }

    [Test]
    public async Task Should_withdraw_everything_when_the_new_file_has_no_rows()
    {
        var (partner, key) = await _stack.RegisterAsync("Woonstichting Niets Te Melden", "housing");
        await _stack.UploadAsync(key, Period, Csv(Row("HN-1", "huur", "Jansen", "2", "2401AB"), Row("HN-2", "huur", "Bakker", "4", "2401AB")));

        var empty = await _stack.UploadAsync(key, Period, Csv());

        var doors = await DoorsAsync("2401AB");
        await Assert.MultipleAsync(async () =>
        {
            Assert.That((empty.Status, empty.RowsRead), Is.EqualTo(("completed", 0)));
            Assert.That(await CountAsync("SELECT COUNT(*) FROM signals WHERE partner_id = @Id AND status = 'current'", partner.Id), Is.Zero);
            Assert.That(doors.Select(m => m.Status), Is.EqualTo(new[] { MatchStatus.ResolvedByPartner.ToCode(), MatchStatus.ResolvedByPartner.ToCode() }));
        });
    }

    [Test]
    public async Task Should_not_show_a_partners_receipt_to_another_partner()
    {
        var (_, ownKey) = await _stack.RegisterAsync("Woonstichting Eigen", "housing");
        var (_, otherKey) = await _stack.RegisterAsync("Woonstichting Ander", "housing");
        var csv = Csv(Row("HE-1", "huur", "Jansen", "2", "2501AB"));
        var own = await _stack.UploadAsync(ownKey, Period, csv);

        using var ownClient = _stack.Client(ownKey);
        using var otherClient = _stack.Client(otherKey);
        using var anonymous = _stack.Client();
        var sameBytesByOther = await _stack.UploadAsync(otherKey, Period, csv);

        await Assert.MultipleAsync(async () =>
        {
            Assert.That((await ownClient.GetAsync($"/api/v1/deliveries/{own.DeliveryId}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((await otherClient.GetAsync($"/api/v1/deliveries/{own.DeliveryId}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await otherClient.GetAsync($"/api/v1/deliveries/{own.DeliveryId}/errors.csv")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await anonymous.GetAsync($"/api/v1/deliveries/{own.DeliveryId}")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(sameBytesByOther.DeliveryId, Is.Not.EqualTo(own.DeliveryId), "the same bytes from another partner are its own delivery");
            Assert.That(sameBytesByOther.RowsAccepted, Is.EqualTo(1));
        });
    }

    private async Task<(HttpStatusCode Status, Receipt Receipt)> PostAsync(string apiKey, string csv)
    {
        using var client = _stack.Client(apiKey);
        using var content = new StringContent(csv, Encoding.UTF8, "text/csv");
        using var response = await client.PostAsync($"/api/v1/deliveries?period={Period}", content);
        var receipt = await response.Content.ReadFromJsonAsync<Receipt>(SignalHub.Cli.JsonOutput.Options);
        await _stack.WaitUntilIdleAsync();
        return (response.StatusCode, receipt!);
    }

    private async Task<List<MatchView>> DoorsAsync(string postcode) =>
        [.. (await _stack.Get<MatchQuery>().ListAsync(Scenario.Month(Period), CancellationToken.None))
            .Where(m => m.Address.Postcode == postcode).OrderBy(m => m.Address.HouseNumber)];

    private Task<long> CountAsync(string sql, Guid partnerId) => _stack.CountAsync(sql, new { Id = partnerId });

    private Task<List<string>> SignalStatusesAsync(Guid partnerId) =>
        _stack.Get<Database>().ReadAsync(async c => (await c.QueryAsync<(Guid Delivery, string Reference, string Status)>(
                "SELECT delivery_id, reference, status FROM signals WHERE partner_id = @Id", new { Id = partnerId }))
            .Select(s => $"{s.Delivery} {s.Reference} {s.Status}").ToList(), CancellationToken.None);
}
