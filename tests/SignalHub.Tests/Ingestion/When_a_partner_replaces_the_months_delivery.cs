using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SignalHub.Tests.Fixtures;
using static SignalHub.Tests.Fixtures.PartnerFiles;

namespace SignalHub.Tests.Ingestion;

/// <summary>
/// A partner's newest file of a month replaces the earlier one, and the signals it no longer holds are withdrawn. The
/// partner API's receipt says so: <c>replaces</c> names the earlier delivery, <c>withdraws</c> counts those signals,
/// expected from the file at once (202) and as withdrawn once the delivery is processed.
/// </summary>
[TestFixture(StackKind.SqliteInMemory)]
[TestFixture(StackKind.PostgresRabbitMq)]
public sealed class When_a_partner_replaces_the_months_delivery(StackKind kind)
{
    private const string Period = "2026-10";
    private SignalHubStack _stack = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _stack = await SignalHubStack.StartAsync(kind);

    [OneTimeTearDown]
    public async Task StopAsync() => await _stack.DisposeAsync();

    [Test]
    public async Task Should_name_the_replaced_delivery_and_count_the_withdrawn_signals()
    {
        var (_, key) = await _stack.RegisterAsync($"Woonstichting Vervanging {kind}", "housing");
        var first = await _stack.UploadAsync(key, Period, Csv(
            Row("V-1", "huur", "Akker", "1", "2011AB"), Row("V-2", "huur", "Beek", "3", "2011AB"),
            Row("V-3", "huur", "Dijk", "5", "2011AB"), Row("V-4", "huur", "Veld", "7", "2011AB")));
        Assert.Multiple(() =>
        {
            Assert.That(first.Replaces, Is.Null, "the month's first delivery replaces nothing");
            Assert.That(first.Withdraws, Is.Zero);
        });

        // A correction file: V-1 again, and one new signal; V-2, V-3 and V-4 are no longer in it.
        using var client = _stack.Client(key);
        using var content = new StringContent(Csv(Row("V-1", "huur", "Akker", "1", "2011AB"), Row("V-5", "huur", "Zand", "9", "2011AB")),
            System.Text.Encoding.UTF8, "text/csv");
        using var response = await client.PostAsync($"/api/v1/deliveries?period={Period}", content);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await response.Content.ReadAsStringAsync());
        var accepted = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Multiple(() =>
        {
            Assert.That(accepted.Prop("replaces").GetGuid(), Is.EqualTo(first.DeliveryId), "told at once, before processing");
            Assert.That(accepted.Prop("withdraws").GetInt32(), Is.EqualTo(3));
        });

        await _stack.WaitUntilIdleAsync();
        var id = accepted.Prop("deliveryId").GetGuid();
        using var done = await client.GetAsync($"/api/v1/deliveries/{id}");
        var receipt = await done.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Multiple(async () =>
        {
            Assert.That(receipt.Prop("status").GetString(), Is.EqualTo("completed"));
            Assert.That(receipt.Prop("replaces").GetGuid(), Is.EqualTo(first.DeliveryId));
            Assert.That(receipt.Prop("withdraws").GetInt32(), Is.EqualTo(3), "the signals actually withdrawn");
            Assert.That(await _stack.CountAsync("SELECT COUNT(*) FROM signals WHERE superseded_by = @Id AND status = 'withdrawn'", new { Id = id }),
                Is.EqualTo(3));
        });
    }

    [Test]
    public async Task Should_answer_the_same_file_again_with_its_first_receipt()
    {
        var (_, key) = await _stack.RegisterAsync($"Waterbedrijf Dubbel {kind}", "water");
        var csv = Csv(Row("D-1", "water", "Akker", "11", "2011AB"));
        var first = await _stack.UploadAsync(key, Period, csv);
        using var client = _stack.Client(key);
        using var content = new StringContent(csv, System.Text.Encoding.UTF8, "text/csv");
        using var again = await client.PostAsync($"/api/v1/deliveries?period={Period}", content);
        var receipt = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Multiple(() =>
        {
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(receipt.Prop("deliveryId").GetGuid(), Is.EqualTo(first.DeliveryId));
            Assert.That(receipt.Prop("replaces").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(receipt.Prop("withdraws").GetInt32(), Is.Zero);
        });
    }
}
