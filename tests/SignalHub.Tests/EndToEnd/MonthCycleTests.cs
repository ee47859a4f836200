using SignalHub.Dispatch;
using SignalHub.Matching;
using SignalHub.Tests.Fixtures;
using static SignalHub.Tests.Fixtures.PartnerFiles;

namespace SignalHub.Tests.EndToEnd;

/// <summary>
/// The thin slice of the monthly cycle, on the embedded default, on PostgreSQL + RabbitMQ and (given a
/// server) on SQL Server: partners
/// upload, signals meet per address, and every match is routed to the team that should act.
/// </summary>
[TestFixture(StackKind.SqliteInMemory)]
[TestFixture(StackKind.PostgresRabbitMq)]
[TestFixture(StackKind.SqlServerInMemory)]
public sealed class MonthCycleTests(StackKind kind)
{
    private SignalHubStack _stack = null!;
    private string _housingKey = "";
    private string _energyKey = "";

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _stack = await SignalHubStack.StartAsync(kind);
        await _stack.AddAreaAsync("2011AA", "2013ZZ", "Wijkteam Noord");
        await _stack.AddSdvClientAsync("SDV-77", "de Boer", "2014AB-5--");
        _housingKey = (await _stack.RegisterAsync("Woonstichting Test", "housing")).ApiKey;
        _energyKey = (await _stack.RegisterAsync("Energie Test", "energy")).ApiKey;

        await _stack.UploadAsync(_housingKey, "2026-09", Csv(Row("R-0", "huur", "Smit", "3", "2013CD")));
        var housing = await _stack.UploadAsync(_housingKey, "2026-10", Csv(
            Row("R-1", "huur", "Jansen", "12", "2011AB", stage: "ontruiming_gepland", stageDate: "15-12-2026"),
            Row("R-2", "rent", "de Boer", "5", "2014AB"),
            Row("R-3", "huur", "Visser", "7", "2016XY"),
            Row("R-4", "huur", "Mulder", "9", "0123AB"),
            Row("R-5", "huur", "Smit", "3", "2013 cd")));
        Assert.That(housing.Status, Is.EqualTo("completed"), () => string.Join("; ", housing.Errors.Select(e => e.Reason)));
        await _stack.UploadAsync(_energyKey, "2026-10", Csv(
            Row("E-1", "energie", "JANSEN", "12", "2011 ab", amount: "€ 1.234,56"),
            Row("E-2", "energy", "Bakker", "12a", "2011AB")));
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await (_stack?.DisposeAsync() ?? ValueTask.CompletedTask);

    [Test]
    public async Task A_bad_row_is_rejected_with_its_line_and_field_and_the_others_are_kept()
    {
        var receipt = await _stack.UploadAsync(_housingKey, "2026-10", Csv(
            Row("R-1", "huur", "Jansen", "12", "2011AB", stage: "ontruiming_gepland", stageDate: "15-12-2026"),
            Row("R-2", "rent", "de Boer", "5", "2014AB"),
            Row("R-3", "huur", "Visser", "7", "2016XY"),
            Row("R-4", "huur", "Mulder", "9", "0123AB"),
            Row("R-5", "huur", "Smit", "3", "2013 cd")));
        Assert.Multiple(() =>
        {
            Assert.That(receipt.RowsRead, Is.EqualTo(5));
            Assert.That(receipt.RowsAccepted, Is.EqualTo(4));
            Assert.That(receipt.RowsRejected, Is.EqualTo(1));
            Assert.That(receipt.Errors, Has.Count.EqualTo(1));
            Assert.That(receipt.Errors[0].Line, Is.EqualTo(5));
            Assert.That(receipt.Errors[0].Column, Is.EqualTo("postcode"));
            Assert.That(receipt.Errors[0].Reason, Does.Contain("postcode").And.Not.Contain("0123AB"), "the rule, never the value");
        });
    }

    [Test]
    public async Task The_same_door_spelled_two_ways_by_two_partners_is_one_match()
    {
        var matches = await _stack.Get<MatchQuery>().ListAsync(Scenario.Month("2026-10"), CancellationToken.None);
        var door = matches.Single(m => m.Address is { Postcode: "2011AB", HouseNumber: 12, HouseLetter: null });
        Assert.Multiple(() =>
        {
            Assert.That(door.Signals.Select(s => s.CostType), Is.EquivalentTo(new[] { "rent", "energy" }));
            Assert.That(door.MultipleArrears, Is.True);
            Assert.That(door.Priority.Class, Is.EqualTo("urgent"));
            Assert.That(door.Priority.Reasons, Has.Some.StartsWith("ontruiming gepland op 15 december"));
            Assert.That(door.Persons, Has.Count.EqualTo(1), "JANSEN and Jansen with one birth date are one person");
            Assert.That(matches[0].Id, Is.EqualTo(door.Id), "the urgent match is first in the queue");
        });
        var neighbour = matches.Single(m => m.Address is { Postcode: "2011AB", HouseNumber: 12, HouseLetter: "A" });
        Assert.That(neighbour.Signals, Has.Count.EqualTo(1), "12A is the neighbour's door, not the same one");
    }

    [Test]
    public async Task Each_match_is_routed_to_the_team_that_should_act()
    {
        var cases = await _stack.Get<CaseQuery>().ListAsync(Scenario.Month("2026-10"), CancellationToken.None);
        var matches = (await _stack.Get<MatchQuery>().ListAsync(Scenario.Month("2026-10"), CancellationToken.None)).ToDictionary(m => m.Id);
        string RouteOf(string postcode, int number) =>
            cases.Single(k => matches[k.MatchId].Address.Postcode == postcode && matches[k.MatchId].Address.HouseNumber == number
                && matches[k.MatchId].Address.HouseLetter is null).Route;
        Assert.Multiple(() =>
        {
            Assert.That(RouteOf("2011AB", 12), Is.EqualTo("wijkteam"), "not known, in Wijkteam Noord's area");
            Assert.That(RouteOf("2014AB", 5), Is.EqualTo("sdv"), "de Boer is an SDV client at this address");
            Assert.That(RouteOf("2016XY", 7), Is.EqualTo("coordinator"), "no team covers 2016");
            Assert.That(cases.Where(k => matches[k.MatchId].Address.Postcode == "2013CD"), Is.Empty,
                "reported in September too, and September's case is still open: October's signal joins it");
            Assert.That(cases.Single(k => matches[k.MatchId].Address.Postcode == "2011AB" && matches[k.MatchId].Address.HouseNumber == 12
                && matches[k.MatchId].Address.HouseLetter is null).Team, Is.EqualTo("Wijkteam Noord"));
            Assert.That(cases, Has.Count.EqualTo(matches.Count - 1), "every match has exactly one case, but the one that joined an open case");
        });
    }

    [Test]
    public async Task Uploading_the_same_file_again_changes_nothing()
    {
        var csv = Csv(Row("E-1", "energie", "JANSEN", "12", "2011 ab", amount: "€ 1.234,56"), Row("E-2", "energy", "Bakker", "12a", "2011AB"));
        var signals = await _stack.CountAsync("SELECT COUNT(*) FROM signals");
        var first = await _stack.UploadAsync(_energyKey, "2026-10", csv);
        var again = await _stack.UploadAsync(_energyKey, "2026-10", csv);
        var signalsAfter = await _stack.CountAsync("SELECT COUNT(*) FROM signals");
        var cases = await _stack.CountAsync("SELECT COUNT(*) FROM cases WHERE period = '2026-10'");
        var matches = await _stack.CountAsync("SELECT COUNT(*) FROM matches WHERE period = '2026-10' AND joined_case_id IS NULL");
        Assert.Multiple(() =>
        {
            Assert.That(again.DeliveryId, Is.EqualTo(first.DeliveryId));
            Assert.That(signalsAfter, Is.EqualTo(signals));
            Assert.That(cases, Is.EqualTo(matches));
        });
    }
}
