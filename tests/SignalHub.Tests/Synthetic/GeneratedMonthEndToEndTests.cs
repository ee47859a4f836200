using System.Net.Http.Headers;
using System.Net.Http.Json;
using Dapper;
using SignalHub.Cli;
using SignalHub.Dispatch;
using SignalHub.Domain.Addresses;
using SignalHub.Ingestion;
using SignalHub.Matching;
using SignalHub.Storage;
using SignalHub.Tests.Fixtures;

namespace SignalHub.Tests.Synthetic;

/// <summary>
/// Three generated months imported into a fresh SignalHub in the order expected.json names: the matches,
/// their current signals, recidivism, persons and the routing must be exactly the expected answer.
/// </summary>
[TestFixture(StackKind.SqliteInMemory)]
[TestFixture(StackKind.PostgresRabbitMq)]
public sealed class GeneratedMonthEndToEndTests(StackKind kind)
{
    private readonly Dictionary<string, string> _apiKeys = [];
    private readonly List<string> _receiptProblems = [];
    private GeneratedFolder? _folder;
    private SignalHubStack? _stack;

    [OneTimeSetUp]
    public async Task ImportEveryGeneratedFileAsync()
    {
        _folder = GeneratedFolder.Generate(seed: 7, signals: 160, months: 3, messyRate: 0.3);
        var doors = _folder.Expected.Periods.SelectMany(p => p.Matches).ToList();
        Assert.That(doors.Where(m => !m.JoinsOpenCase).Select(m => m.Route).Distinct(), Is.SupersetOf(new[] { "sdv", "wijkteam", "coordinator" }),
            "the months make cases for SDV, wijkteams and the coordinator");
        Assert.That(doors.Count(m => m.JoinsOpenCase), Is.GreaterThan(0), "doors signalled again join their open case");
        Assert.That(doors.Count(m => m.References.Count == 0), Is.GreaterThan(0), "some doors lose every signal to a replacement file");
        _stack = await SignalHubStack.StartAsync(kind);
        foreach (var partner in Folder.Table("partners.csv"))
            _apiKeys[partner["name"]] = (await Stack.RegisterAsync(partner["name"], partner["type"])).ApiKey;
        foreach (var area in Folder.Table("areas.csv"))
            await Stack.AddAreaAsync(area["postcode_from"], area["postcode_to"], area["team"]);
        foreach (var client in Folder.Table("sdv-clients.csv"))
            await AddSdvClientAsync(client);
        foreach (var period in Folder.Expected.Periods)
        {
            foreach (var import in period.Imports)
            {
                var bytes = await File.ReadAllBytesAsync(Folder.File(import.File));
                var receipt = await UploadAsync(_apiKeys[import.Partner], period.Period, bytes);
                if (receipt.Status != "completed" || receipt.RowsRejected > 0 || receipt.Error is not null)
                    _receiptProblems.Add($"{import.File}: {receipt.Status} {receipt.Error?.Message} " +
                        string.Join("; ", receipt.Errors.Take(3).Select(e => $"line {e.Line} {e.Column} {e.Reason}")));
            }
        }
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_stack is not null)
            await _stack.DisposeAsync();
        _folder?.Dispose();
    }

    private GeneratedFolder Folder => _folder ?? throw new InvalidOperationException("not generated");

    private SignalHubStack Stack => _stack ?? throw new InvalidOperationException("not started");

    [Test]
    public void Every_generated_file_is_taken_in_without_a_rejected_row() => Assert.That(_receiptProblems, Is.Empty);

    [Test]
    public async Task The_matches_are_the_expected_doors_with_exactly_their_current_signals()
    {
        foreach (var period in Folder.Expected.Periods)
        {
            var actual = (await Stack.Get<MatchQuery>().ListAsync(Scenario.Month(period.Period), CancellationToken.None))
                .ToDictionary(KeyOf, m => string.Join(", ", m.Signals.Select(s => ExpectedDoor.Signal(s.Partner, s.Reference))));
            var expected = period.Matches.ToDictionary(m => m.Key, m => string.Join(", ", m.References));
            Assert.That(actual, Is.EquivalentTo(expected), period.Period);
        }
    }

    [Test]
    public async Task Recidivism_and_persons_are_as_expected()
    {
        foreach (var period in Folder.Expected.Periods)
        {
            var actual = (await Stack.Get<MatchQuery>().ListAsync(Scenario.Month(period.Period), CancellationToken.None))
                .ToDictionary(KeyOf, m => (m.Recidivist, Persons: m.Signals.Count == 0 ? 0 : m.Persons.Count));
            var expected = period.Matches.ToDictionary(m => m.Key, m => (m.Recidivist, m.Persons));
            Assert.That(actual, Is.EquivalentTo(expected), period.Period);
        }
    }

    [Test]
    public async Task Every_match_is_routed_where_the_expected_answer_says()
    {
        foreach (var period in Folder.Expected.Periods)
        {
            var month = Scenario.Month(period.Period);
            var keys = (await Stack.Get<MatchQuery>().ListAsync(month, CancellationToken.None)).ToDictionary(m => m.Id, KeyOf);
            var actual = (await Stack.Get<CaseQuery>().ListAsync(month, CancellationToken.None)).ToDictionary(c => keys[c.MatchId], c => $"{c.Route} {c.Team}");
            var expected = period.Matches.Where(m => !m.JoinsOpenCase).ToDictionary(m => m.Key, m => $"{m.Route} {m.Team}");
            var wrong = expected.Keys.Union(actual.Keys)
                .Where(key => actual.GetValueOrDefault(key) != expected.GetValueOrDefault(key))
                .Select(key => $"{key}: expected {expected.GetValueOrDefault(key) ?? "no case"}, was {actual.GetValueOrDefault(key) ?? "no case"}")
                .ToList();
            Assert.That(wrong, Is.Empty, $"{period.Period}: {wrong.Count} of {expected.Count} doors routed otherwise");
        }
    }

    private static string KeyOf(MatchView m) => $"{m.Address.Postcode}-{m.Address.HouseNumber}-{m.Address.HouseLetter}-{m.Address.HouseNumberAddition}";

    private Task AddSdvClientAsync(Dictionary<string, string> client)
    {
        var key = AddressNormalizer.Normalize(new AddressInput(null, client["house_number"], client["house_letter"],
            client["house_number_addition"], client["postcode"])).Address!.Value.Key;
        return Stack.AddSdvClientAsync(client["case_reference"], client["surname"], key,
            DateOnly.Parse(client["birth_date"], System.Globalization.CultureInfo.InvariantCulture), client["caseworker"]);
    }

    /// <summary>The file's own bytes (its encoding and byte-order mark included) through the partner API.</summary>
    private async Task<Receipt> UploadAsync(string apiKey, string period, byte[] file)
    {
        using var client = Stack.Client(apiKey);
        using var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var response = await client.PostAsync($"/api/v1/deliveries?period={period}", content);
        Assert.That((int)response.StatusCode, Is.AnyOf(200, 202), await response.Content.ReadAsStringAsync());
        var receipt = await response.Content.ReadFromJsonAsync<Receipt>(JsonOutput.Options);
        await Stack.WaitUntilIdleAsync();
        return (await Stack.Get<ReceiptQuery>().GetAsync(receipt!.DeliveryId, null, int.MaxValue, CancellationToken.None))!;
    }
}
