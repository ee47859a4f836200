using SignalHub.Matching;
using SignalHub.Tests.Fixtures;

namespace SignalHub.Tests.Matching;

/// <summary>
/// A month with planted households whose right answer is known: one door spelled five ways, neighbours
/// at 12, 12A, 121 and 12-1, a family that moved, an address reported again, a signal withdrawn.
/// </summary>
[TestFixture(StackKind.SqliteInMemory)]
[TestFixture(StackKind.PostgresRabbitMq)]
public sealed class PlantedHouseholdsTests(StackKind kind)
{
    private const string Header = "kenmerk;vaste_last;achternaam;voorletters;geboortedatum;straat;huisnummer;postcode;bedrag_achterstand;achterstand_sinds";

    private SignalHubStack _stack = null!;
    private IReadOnlyList<MatchView> _october = [];

    [OneTimeSetUp]
    public async Task PlantAsync()
    {
        _stack = await SignalHubStack.StartAsync(kind);
        var housing = (await _stack.RegisterAsync("Woonstichting Plant", "housing")).ApiKey;
        var energy = (await _stack.RegisterAsync("Energie Plant", "energy")).ApiKey;
        var water = (await _stack.RegisterAsync("Water Plant", "water")).ApiKey;
        var health = (await _stack.RegisterAsync("Zorg Plant", "health_insurer")).ApiKey;

        await _stack.UploadAsync(housing, "2026-09", File(
            "H-S1;huur;Visser;P.;01-01-1980;Lindelaan;40;2011AB;900;2026-06-01",
            "H-S2;huur;de Wit;K.;05-05-1975;Lindelaan;5;2013EF;900;2026-06-01"));
        await _stack.UploadAsync(housing, "2026-10", File(
            "R-1;huur;Jansen;J.;12-03-1978;Lindelaan;12A;2011AB;1300;2026-07-01",
            "R-2;huur;Bakker;B.;02-02-1960;Lindelaan;12;2011AB;650;2026-08-01",
            "R-3;huur;de Wit;K.;05-05-1975;Lindelaan;5;2013EF;1950;2026-06-01"));
        await _stack.UploadAsync(energy, "2026-10", File(
            "E-1;energie;jansen;J.;12-03-1978;Lindelaan;12 a;2011 ab;210,50;2026-08-01",
            "E-2;energie;de Groot;G.;03-03-1970;Lindelaan;121;2011AB;99;2026-08-01",
            "E-3;energie;Visser;P.;01-01-1980;Molenpad;7;2012CD;340;2026-08-01"));
        await _stack.UploadAsync(water, "2026-10", File(
            "W-1;water;Jansen;J.;12-03-1978;Lindelaan;12-A;2011 - AB;80;2026-08-01",
            "W-2;water;Smit;S.;04-04-1990;Lindelaan;12-1;2011AB;75;2026-08-01",
            "W-3;water;Mulder;M.;06-06-1966;Havenkade;3;2014GH;120;2026-08-01"));
        await _stack.UploadAsync(health, "2026-10", File(
            "Z-1;zorgverzekering;Jansen;J.;12-03-1978;Lindelaan;12-a;2011ab;460;2026-07-01",
            "Z-2;zorgverzekering;Jansen;M.;01-02-2005;Lindelaan 12a;;2011AB;230;2026-08-01"));
        // The water company corrects its month: Mulder has paid.
        await _stack.UploadAsync(water, "2026-10", File(
            "W-1;water;Jansen;J.;12-03-1978;Lindelaan;12-A;2011 - AB;80;2026-08-01",
            "W-2;water;Smit;S.;04-04-1990;Lindelaan;12-1;2011AB;75;2026-08-01"));
        _october = await _stack.Get<MatchQuery>().ListAsync(Scenario.Month("2026-10"), CancellationToken.None);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await (_stack?.DisposeAsync() ?? ValueTask.CompletedTask);

    [Test]
    public void Should_make_exactly_the_expected_matches()
    {
        var actual = _october.Select(m => $"{Key(m)} {string.Join(",", m.Signals.Select(s => s.Reference).Order())} {m.Status}").Order();
        Assert.That(actual, Is.EqualTo(new[]
        {
            "2011AB-12--1 W-2 dispatched",
            "2011AB-12-- R-2 dispatched",
            "2011AB-12-A- E-1,R-1,W-1,Z-1,Z-2 dispatched",
            "2011AB-121-- E-2 dispatched",
            "2012CD-7-- E-3 dispatched",
            "2013EF-5-- R-3 dispatched",
            "2014GH-3--  resolved_by_partner",
        }.Order()));
    }

    [Test]
    public void When_one_door_is_spelled_five_ways_the_two_people_behind_it_stay_visible()
    {
        var door = _october.Single(m => Key(m) == "2011AB-12-A-");
        Assert.That(door.Persons.Select(p => (p.Surname.ToUpperInvariant(), p.BirthDate)),
            Is.EquivalentTo(new[] { ("JANSEN", (DateOnly?)new DateOnly(1978, 3, 12)), ("JANSEN", new DateOnly(2005, 2, 1)) }));
    }

    [Test]
    public void When_a_family_moved_the_new_address_is_linked_and_a_recidivist()
    {
        var moved = _october.Single(m => Key(m) == "2012CD-7--");
        Assert.Multiple(() =>
        {
            Assert.That(moved.Recidivist, Is.True);
            Assert.That(moved.Links.Select(l => l.Kind), Is.EqualTo(new[] { "possibly_moved" }));
            Assert.That(moved.Links[0].Reason, Does.Contain("2011AB 40").And.Contain("september 2026"));
        });
    }

    [Test]
    public void When_an_address_was_reported_before_it_is_a_recidivist_and_others_are_not()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_october.Single(m => Key(m) == "2013EF-5--").Recidivist, Is.True);
            Assert.That(_october.Single(m => Key(m) == "2013EF-5--").Priority.Reasons, Has.Some.StartsWith("eerder gemeld in september"));
            Assert.That(_october.Where(m => Key(m) is not ("2013EF-5--" or "2012CD-7--")).Select(m => m.Recidivist), Has.All.False);
        });
    }

    [Test]
    public async Task Withdrawn_signals_leave_their_match_with_the_reason_in_its_history()
    {
        var gone = _october.Single(m => Key(m) == "2014GH-3--");
        var left = await _stack.CountAsync($"SELECT COUNT(*) FROM match_events WHERE event = 'left' AND reason LIKE 'ingetrokken%' AND match_id = '{gone.Id}'");
        Assert.That(left, Is.EqualTo(1));
    }

    [Test]
    public async Task Matching_the_month_again_changes_nothing()
    {
        const string Snapshot = "SELECT COUNT(*) FROM match_events";
        var events = await _stack.CountAsync(Snapshot);
        var database = _stack.Get<SignalHub.Storage.Database>();
        var changed = await database.InTransactionAsync((c, t) => _stack.Get<AddressRegrouper>().RegroupAsync(c, t, database.Dialect,
            Scenario.Month("2026-10"), "SELECT address_key FROM signals WHERE period = @Period", new { }, CancellationToken.None), CancellationToken.None);
        var again = await _stack.Get<MatchQuery>().ListAsync(Scenario.Month("2026-10"), CancellationToken.None);
        Assert.Multiple(async () =>
        {
            Assert.That(changed, Is.Empty, "no match changed");
            Assert.That(await _stack.CountAsync(Snapshot), Is.EqualTo(events), "no history was added");
            Assert.That(again, Is.EqualTo(_october).Using<MatchView>((a, b) => System.Text.Json.JsonSerializer.Serialize(a) == System.Text.Json.JsonSerializer.Serialize(b)));
        });
    }

    [Test]
    public void The_same_addresses_with_no_register_loaded_are_unchecked() =>
        Assert.That(_october.Select(m => m.AddressStatus), Has.All.EqualTo("unchecked"));

    private static string Key(MatchView m) => $"{m.Address.Postcode}-{m.Address.HouseNumber}-{m.Address.HouseLetter}-{m.Address.HouseNumberAddition}";

    private static string File(params string[] rows) => string.Join("\n", new[] { Header }.Concat(rows)) + "\n";
}
