using System.Security.Cryptography;
using System.Text;
using SignalHub.Domain.Vocabulary;
using SignalHub.Ingestion;
using SignalHub.Matching;
using SignalHub.Tests.Fixtures;
using static SignalHub.Tests.Fixtures.PartnerFiles;
using static SignalHub.Tests.Ingestion.Json.JsonBodies;

namespace SignalHub.Tests.Ingestion.Json;

/// <summary>
/// A housing corporation delivers its month as JSON, an energy company the same households as CSV: the JSON
/// receipt reads like a CSV receipt (signals[i] is line i + 2), and the JSON signals meet the CSV signals
/// at the same doors, for the same people, with the same amounts and dates. On both stacks.
/// </summary>
[TestFixture(StackKind.SqliteInMemory)]
[TestFixture(StackKind.PostgresRabbitMq)]
public sealed class When_a_partner_delivers_json(StackKind kind)
{
    private const string Period = "2026-11";
    private SignalHubStack _stack = null!;
    private string _json = "";
    private Receipt _receipt = null!;
    private IReadOnlyList<MatchView> _matches = [];

    [OneTimeSetUp]
    public async Task DeliverAsync()
    {
        _stack = await SignalHubStack.StartAsync(kind);
        var (_, housingKey) = await _stack.RegisterAsync("Woonstichting Json", "housing");
        var (_, energyKey) = await _stack.RegisterAsync("Energie Csv", "energy");
        _json = Delivery(
            Signal("J-1", "rent", "Jansen", 1, "2601AB", amount: "612.5", since: "2026-08-01"),
            Signal("J-2", "rent", "Bakker", 2, "2601AB", since: "2026-02-31"),
            Signal("J-3", "rent", "Visser", 3, "2601AB", amount: "1234", since: "2026-09-15", extra: "\"klantnummer\": 4711, "),
            Signal("J-4", "rent", "de Wit", 4, "2601ab", amount: "75.05", birthDate: "1990-12-01"));
        await _stack.UploadAsync(energyKey, Period, Csv(
            Row("E-1", "energie", "JANSEN", "1", "2601 AB", amount: "612,50", since: "01-08-2026"),
            Row("E-3", "energie", "Visser", "3", "2601AB", amount: "1.234,00", since: "15-09-2026"),
            Row("E-4", "energie", "de Wit", "4", "2601AB", amount: "75,05", birthDate: "01-12-1990")));

        _receipt = await _stack.UploadJsonAsync(housingKey, Period, _json);
        _matches = await _stack.Get<MatchQuery>().ListAsync(Scenario.Month(Period), CancellationToken.None);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await (_stack?.DisposeAsync() ?? ValueTask.CompletedTask);

    [Test]
    public void Should_count_and_refuse_like_a_csv_file_with_the_bad_signal_on_its_line()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_receipt.Status, Is.EqualTo(DeliveryStatus.Completed.ToCode()));
            Assert.That((_receipt.RowsRead, _receipt.RowsAccepted, _receipt.RowsRejected), Is.EqualTo((4, 3, 1)));
            Assert.That(_receipt.Errors.Select(e => (e.Line, e.Column, e.Code)), Is.EqualTo(new[] { (3, "arrears_since", "arrears_since.invalid") }),
                "signals[1] is line 3");
            Assert.That(_receipt.Warnings, Is.EqualTo(new[] { "unknown column 'klantnummer' (column 25) is ignored" }));
            Assert.That(_receipt.Error, Is.Null);
        });
    }

    [Test]
    public void Should_know_the_delivery_by_the_hash_of_the_json_bytes_as_sent()
    {
        Assert.That(_receipt.Sha256, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(_json)))));
    }

    [TestCase(1, 612.50, "2026-08-01")]
    [TestCase(3, 1234.00, "2026-09-15")]
    [TestCase(4, 75.05, "2026-08-01")]
    public void Should_meet_the_csv_signals_at_the_same_door_for_the_same_person(int houseNumber, decimal amount, string since)
    {
        var match = _matches.Single(m => m.Address.Postcode == "2601AB" && m.Address.HouseNumber == houseNumber);

        Assert.Multiple(() =>
        {
            Assert.That(match.Signals.Select(s => s.CostType).Order(), Is.EqualTo(new[] { "energy", "rent" }));
            Assert.That(match.Signals.Select(s => (s.Amount, s.Since)).Distinct(), Is.EqualTo(new[] { ((decimal?)amount, (DateOnly?)DateOnly.Parse(since, System.Globalization.CultureInfo.InvariantCulture)) }),
                "the JSON and the CSV signal carry the same amount and date");
            Assert.That(match.Persons, Has.Count.EqualTo(1), "same surname and birth date: one person");
            Assert.That(match.MultipleArrears, Is.True);
        });
    }

    [Test]
    public void Should_not_take_in_the_refused_signal()
    {
        Assert.That(_matches.SelectMany(m => m.Signals).Select(s => s.Reference), Has.None.EqualTo("J-2"));
    }
}
