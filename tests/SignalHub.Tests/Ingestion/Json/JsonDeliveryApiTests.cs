using System.Net.Http.Json;
using SignalHub.Cli;
using SignalHub.Domain.Vocabulary;
using SignalHub.Ingestion;
using SignalHub.Tests.Fixtures;
using SignalHub.Tests.Partners;
using static SignalHub.Tests.Ingestion.Json.JsonBodies;

namespace SignalHub.Tests.Ingestion.Json;

/// <summary>
/// The partner API's JSON door: the same bytes again are the same delivery, and a body that is not a
/// delivery answers 400 (or 413) with where it went wrong and leaves nothing behind. Each test has its own
/// partner. HTTP behaviour, so on the embedded stack, with small limits to reach them cheaply.
/// </summary>
public sealed class JsonDeliveryApiTests
{
    private const string Period = "2026-11";
    private const int MaxFileBytes = 16 * 1024;
    private const int MaxRows = 20;
    private SignalHubStack _stack = null!;
    private int _partners;

    [OneTimeSetUp]
    public async Task StartAsync() => _stack = await SignalHubStack.StartAsync(StackKind.SqliteInMemory, new Dictionary<string, string?>
    {
        ["Ingestion:MaxFileBytes"] = MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Ingestion:MaxRows"] = MaxRows.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    [OneTimeTearDown]
    public async Task StopAsync() => await (_stack?.DisposeAsync() ?? ValueTask.CompletedTask);

    [Test]
    public async Task When_the_same_json_is_sent_twice_Should_answer_the_first_delivery_and_store_one()
    {
        var (partner, client) = await PartnerAsync();
        var json = Delivery(Signal("T-1", "rent", "Jansen", 2, "2701AB"), Signal("T-2", "rent", "Bakker", 4, "2701AB"));

        using var first = await client.PostJsonAsync(Period, json);
        var firstReceipt = await first.Content.ReadFromJsonAsync<Receipt>(JsonOutput.Options);
        await _stack.WaitUntilIdleAsync();
        using var again = await client.PostJsonAsync(Period, json);
        var againReceipt = await again.Content.ReadFromJsonAsync<Receipt>(JsonOutput.Options);
        await _stack.WaitUntilIdleAsync();

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(((int)first.StatusCode, (int)again.StatusCode), Is.EqualTo((202, 200)));
            Assert.That(againReceipt!.DeliveryId, Is.EqualTo(firstReceipt!.DeliveryId));
            Assert.That(await _stack.CountAsync("SELECT COUNT(*) FROM deliveries WHERE partner_id = @Id", new { partner.Id }), Is.EqualTo(1));
            Assert.That(await _stack.CountAsync("SELECT COUNT(*) FROM signals WHERE partner_id = @Id", new { partner.Id }), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task When_the_same_signals_are_sent_with_other_whitespace_Should_be_a_new_delivery_as_other_bytes_are()
    {
        var (partner, client) = await PartnerAsync();
        var json = Delivery(Signal("T-1", "rent", "Jansen", 2, "2702AB"));

        await (await client.PostJsonAsync(Period, json)).AssertJsonAsync(202);
        await (await client.PostJsonAsync(Period, json.Replace("\n", "\r\n", StringComparison.Ordinal))).AssertJsonAsync(202);
        await _stack.WaitUntilIdleAsync();

        Assert.That(await _stack.CountAsync("SELECT COUNT(*) FROM deliveries WHERE partner_id = @Id", new { partner.Id }), Is.EqualTo(2));
    }

    [TestCase("application/json; charset=utf-8", "[{\"reference\": \"T-1\", \"cost_type\": \"rent\", \"surname\": \"Smit\", \"house_number\": 6, \"postcode\": \"2703AB\", \"arrears_amount\": 80, \"arrears_since\": \"2026-09-01\"}]", 1)]
    [TestCase("application/json", "{\"signals\": []}", 0)]
    public async Task When_a_json_delivery_is_valid_Should_be_completed_with_its_signals(string contentType, string json, int accepted)
    {
        var (_, client) = await PartnerAsync();

        using var body = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(json));
        body.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        var receipt = await (await client.PostAsync($"/api/v1/deliveries?period={Period}", body)).AssertJsonAsync(202);
        await _stack.WaitUntilIdleAsync();
        var final = await _stack.Get<ReceiptQuery>().GetAsync(receipt.Prop("deliveryId").GetGuid(), null, 10, CancellationToken.None);

        Assert.That((final!.Status, final.RowsAccepted, final.RowsRejected), Is.EqualTo((DeliveryStatus.Completed.ToCode(), accepted, 0)));
    }

    [TestCase("{\"signals\": [\n  {\"reference\": \"T-1\"},\n  {\"reference\": \"T-2\" \"surname\": \"Smit\"}\n]}", "json.syntax", 3, 23)]
    [TestCase("{\"signals\": [\n  {\"reference\": \"T-1\"},\n  {\"reference\": \"T-2\", \"arrears_amount\": {\"eur\": 80}}\n]}", "json.shape", 3, 42)]
    [TestCase("[\"T-1\"]", "json.shape", 1, 2)]
    public async Task When_the_body_is_not_a_delivery_Should_answer_400_with_its_position_and_store_nothing(string json, string type, int line, int column)
    {
        var (partner, client) = await PartnerAsync();

        var problem = await (await client.PostJsonAsync(Period, json)).AssertProblemAsync(400);

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(problem.Prop("type").GetString(), Is.EqualTo(type));
            Assert.That((problem.Prop("line").GetInt32(), problem.Prop("column").GetInt32()), Is.EqualTo((line, column)));
            Assert.That(problem.Prop("detail").GetString(), Does.Contain("signals[").Or.Contain("JSON"));
            Assert.That(await _stack.CountAsync("SELECT COUNT(*) FROM deliveries WHERE partner_id = @Id", new { partner.Id }), Is.Zero);
        });
    }

    [Test]
    public async Task When_a_value_is_an_object_Should_name_the_signal_and_the_property()
    {
        var (_, client) = await PartnerAsync();

        var problem = await (await client.PostJsonAsync(Period, Delivery(Signal("T-1", "rent", "Jansen", 2, "2704AB", amount: "{\"eur\": 80}")))).AssertProblemAsync(400);

        Assert.That((problem.Prop("element").GetInt32(), problem.Prop("property").GetString()), Is.EqualTo((0, "arrears_amount")));
    }

    [Test]
    public async Task When_the_json_is_larger_than_the_limit_Should_answer_413_and_store_nothing()
    {
        var (partner, client) = await PartnerAsync();
        var json = Delivery(Enumerable.Range(1, MaxRows).Select(i => Signal($"T-{i}", "rent", "Jansen", i, "2705AB", extra: $"\"remark\": \"{new string('x', 900)}\", ")).ToArray());
        Assert.That(json.Length, Is.GreaterThan(MaxFileBytes));

        var problem = await (await client.PostJsonAsync(Period, json)).AssertProblemAsync(413);

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(problem.Prop("detail").GetString(), Does.Contain("Ingestion:MaxFileBytes"));
            Assert.That(await _stack.CountAsync("SELECT COUNT(*) FROM deliveries WHERE partner_id = @Id", new { partner.Id }), Is.Zero);
        });
    }

    [Test]
    public async Task When_there_are_more_signals_than_a_delivery_may_hold_Should_answer_413_too_many_rows()
    {
        var (partner, client) = await PartnerAsync();
        var json = "[" + string.Join(",", Enumerable.Range(1, MaxRows + 1).Select(i => $$"""{"reference": "T-{{i}}"}""")) + "]";

        var problem = await (await client.PostJsonAsync(Period, json)).AssertProblemAsync(413);

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(problem.Prop("type").GetString(), Is.EqualTo("file.too_many_rows"));
            Assert.That(await _stack.CountAsync("SELECT COUNT(*) FROM deliveries WHERE partner_id = @Id", new { partner.Id }), Is.Zero);
        });
    }

    [Test]
    public async Task The_openapi_document_offers_json_next_to_csv_for_the_upload()
    {
        using var client = _stack.Client();
        var document = await (await client.GetAsync("/openapi/v1.json")).AssertJsonAsync(200);

        var content = document.Prop("paths").Prop("/api/v1/deliveries").Prop("post").Prop("requestBody").Prop("content");
        Assert.That(content.EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "text/csv", "multipart/form-data", "application/json" }));
    }

    private async Task<(SignalHub.Partners.Partner Partner, HttpClient Client)> PartnerAsync()
    {
        var (partner, key) = await _stack.RegisterAsync($"Woonstichting Json {++_partners}", "housing");
        var client = _stack.Client(key);
        return (partner, client);
    }
}
