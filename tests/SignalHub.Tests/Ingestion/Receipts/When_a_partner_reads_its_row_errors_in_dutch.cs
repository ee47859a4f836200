using System.Text.Json;
using SignalHub.Security.Accounts;
using SignalHub.Tests.Fixtures;
using SignalHub.Tests.Security;
using static SignalHub.Tests.Fixtures.PartnerFiles;

namespace SignalHub.Tests.Ingestion.Receipts;

/// <summary>
/// A file with a bad postcode and a missing amount, read back through the real HTTP stack: the API receipt keeps its
/// codes and English <c>reason</c> and adds <c>reasonNl</c>; the API's errors.csv keeps its English header for scripts;
/// the portal's error report has Dutch headers and the Dutch reason with the value the partner sent.
/// </summary>
[TestFixture(StackKind.SqliteInMemory)]
[TestFixture(StackKind.PostgresRabbitMq)]
public sealed class When_a_partner_reads_its_row_errors_in_dutch(StackKind kind)
{
    private SignalHubStack _stack = null!;
    private string _key = "";
    private Guid _delivery;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _stack = await SignalHubStack.StartAsync(kind);
        _key = (await _stack.RegisterAsync("Woonstichting Taal", "housing")).ApiKey;
        var receipt = await _stack.UploadAsync(_key, "2026-10", Csv(
            Row("T-1", "huur", "Bakker", "7", "0123AB"),
            Row("T-2", "huur", "Visser", "9", "2011AB", amount: "")));
        _delivery = receipt.DeliveryId;
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _stack.DisposeAsync();

    [Test]
    public async Task Should_give_each_row_error_a_dutch_reason_beside_the_english_one_in_the_api()
    {
        using var client = _stack.Client(_key);
        using var receipt = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/deliveries/{_delivery}"));
        var errors = receipt.RootElement.GetProperty("errors").EnumerateArray()
            .ToDictionary(e => e.GetProperty("code").GetString()!, e => (Reason: e.GetProperty("reason").GetString()!, Dutch: e.GetProperty("reasonNl").GetString()!));
        Assert.Multiple(() =>
        {
            Assert.That(errors.Keys, Is.EquivalentTo(new[] { "postcode.invalid", "arrears_amount.missing" }), "the codes are the contract");
            Assert.That(errors["postcode.invalid"].Reason, Does.Contain("must be").And.Not.Contain("0123AB"), "the English reason stays, without the value");
            Assert.That(errors["postcode.invalid"].Dutch, Is.EqualTo(
                "De postcode is geen Nederlandse postcode: vier cijfers (niet beginnend met 0) en twee letters, zoals 1234 AB."));
            Assert.That(errors["arrears_amount.missing"].Dutch, Is.EqualTo("Het veld bedrag achterstand ontbreekt; dit veld is verplicht."));
        });
    }

    [Test]
    public async Task Should_keep_the_english_header_of_the_apis_errors_csv()
    {
        using var client = _stack.Client(_key);
        var csv = (await client.GetStringAsync($"/api/v1/deliveries/{_delivery}/errors.csv")).TrimStart('\uFEFF');
        Assert.That(csv.Split("\r\n")[0], Is.EqualTo("line;column;code;reason"));
    }

    [Test]
    public async Task Should_offer_the_error_report_in_the_portal_with_dutch_headers_and_reasons()
    {
        var partner = await _stack.Get<SignalHub.Partners.PartnerStore>().FindByNameAsync("Woonstichting Taal", CancellationToken.None);
        var user = await _stack.SignInAsync(PortalRoles.Partner, partner!.Id);
        var csv = (await user.Session.GetPageAsync($"/leveringen/{_delivery}/fouten")).TrimStart('\uFEFF');
        var page = await user.Session.GetPageAsync($"/leveringen/{_delivery}");
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(lines[0], Is.EqualTo("regel;veld;melding;code"));
            Assert.That(lines, Has.Some.StartsWith("2;\"postcode\";\"De postcode is geen Nederlandse postcode").And.Some.Contains("\"bedrag achterstand\""));
            Assert.That(page, Does.Contain("Het veld bedrag achterstand ontbreekt").And.Not.Contain("arrears_amount is required"));
            Assert.That(page, Does.Not.Contain(">postcode.invalid<"), "no raw code on the page");
        });
    }
}
