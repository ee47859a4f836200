using Dapper;
using SignalHub.Matching;
using SignalHub.Storage;
using SignalHub.Tests.Fixtures;
using SignalHub.Tests.Security;
using static SignalHub.Security.Accounts.PortalRoles;

namespace SignalHub.Tests.Dispatch.Portal;

/// <summary>The triage queue's GET filters narrow the list in SQL, on both stacks; every row links to its match.</summary>
[TestFixture(StackKind.SqliteInMemory)]
[TestFixture(StackKind.PostgresRabbitMq)]
public sealed class When_SDV_filters_the_triage_queue(StackKind kind)
{
    private SignalHubStack _stack = null!;
    private SignedInUser _sdv = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _stack = await SignalHubStack.StartAsync(kind);
        await TriageScenario.LoadAsync(_stack);
        _sdv = await _stack.SignInAsync(Sdv);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _sdv.Session.Dispose();
        await _stack.DisposeAsync();
    }

    [TestCase("", new[] { "2011AB 26", "2011AB 28", "2016XY 9", "2016XY 11", "2016XY 13", "2014AA 40", "2012AA 5", "2012AA 30" })]
    [TestCase("&kostensoort=energy", new[] { "2012AA 30" })]
    [TestCase("&prioriteit=urgent", new[] { "2014AA 40" })]
    [TestCase("&team=Wijkteam+Noord", new[] { "2011AB 28", "2012AA 30" })]
    [TestCase("&team=zonder-team", new[] { "2016XY 9", "2016XY 11", "2016XY 13" })]
    [TestCase("&recidive=ja", new[] { "2012AA 5" })]
    [TestCase("&recidive=nee&kostensoort=rent&team=Wijkteam+Zuid", new[] { "2014AA 40" })]
    [TestCase("&sdv=alle", new[] { "2011AB 26", "2011AB 28" })]
    [TestCase("&sdv=te-beoordelen", new[] { "2011AB 26", "2011AB 28" })]
    [TestCase("&sdv=te-beoordelen&team=Wijkteam+Noord", new[] { "2011AB 28" })]
    public async Task Should_list_only_the_matches_the_filter_asks_for(string query, string[] expected)
    {
        var html = await _sdv.Session.GetPageAsync($"/triage?periode={TriageScenario.October}{query}");

        Assert.That(await TriageScenario.DoorsListedAsync(_stack, html, TriageScenario.AllDoors), Is.EquivalentTo(expected));
    }

    [Test]
    public async Task When_a_filter_value_is_unknown_Should_say_so_next_to_the_field_and_not_filter_on_it()
    {
        var html = await _sdv.Session.GetPageAsync($"/triage?periode={TriageScenario.October}&prioriteit=heel-erg");

        Assert.Multiple(async () =>
        {
            Assert.That(html, Does.Contain("id=\"prioriteit-fout\"").And.Contain("Kies een prioriteit uit de lijst."));
            Assert.That(await TriageScenario.DoorsListedAsync(_stack, html, TriageScenario.AllDoors), Has.Count.EqualTo(TriageScenario.AllDoors.Length));
        });
    }

    [Test]
    public async Task Should_show_each_matchs_SDV_hit_and_its_state_in_the_queue()
    {
        var html = await _sdv.Session.GetPageAsync($"/triage?periode={TriageScenario.October}&sdv=alle");
        var hits = System.Text.RegularExpressions.Regex.Matches(html, "data-testid=\"sdv-hit\">([^<]+)<").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value));

        Assert.That(hits, Is.EquivalentTo(new[]
        {
            "SDV-treffer: waarschijnlijk bekend bij SDV, nog niet beoordeeld", "SDV-treffer: mogelijk bekend bij SDV, nog niet beoordeeld",
        }));
    }

    [TestCase("bevestigd")]
    [TestCase("afgewezen")]
    public async Task When_no_hit_is_judged_yet_Should_list_none_as_judged(string state)
    {
        var html = await _sdv.Session.GetPageAsync($"/triage?periode={TriageScenario.October}&sdv={state}");

        Assert.That(html, Does.Contain("data-testid=\"no-matches\""));
    }

    [Test]
    public async Task When_the_SDV_hit_choice_is_unknown_Should_say_so_and_not_filter_on_it()
    {
        var html = await _sdv.Session.GetPageAsync($"/triage?periode={TriageScenario.October}&sdv=misschien");

        Assert.Multiple(async () =>
        {
            Assert.That(html, Does.Contain("id=\"sdv-fout\"").And.Contain("Kies bij SDV-treffer een keuze uit de lijst."));
            Assert.That(await TriageScenario.DoorsListedAsync(_stack, html, TriageScenario.AllDoors), Has.Count.EqualTo(TriageScenario.AllDoors.Length));
        });
    }

    [Test]
    public async Task Should_show_the_chosen_filter_in_the_form()
    {
        var html = await _sdv.Session.GetPageAsync($"/triage?periode={TriageScenario.October}&team=zonder-team&recidive=nee");

        Assert.That(html, Does.Contain("<option value=\"zonder-team\" selected=\"selected\">").And.Contain("<option value=\"nee\" selected=\"selected\">"));
    }

    /// <summary>A large team is checked match by match, a small one read first: both ways must pick the same matches.</summary>
    [TestCase("Wijkteam Noord")]
    [TestCase("Wijkteam Zuid")]
    [TestCase(TriageFilter.NoTeam)]
    public async Task Both_ways_of_reading_a_team_should_select_the_same_matches(string team)
    {
        var walked = await MatchIdsAsync(new TriageFilter(Team: team) { FewTeamCases = false });
        var readFirst = await MatchIdsAsync(new TriageFilter(Team: team) { FewTeamCases = true });

        Assert.Multiple(() =>
        {
            Assert.That(walked, Is.Not.Empty);
            Assert.That(readFirst, Is.EquivalentTo(walked));
        });
    }

    private Task<List<Guid>> MatchIdsAsync(TriageFilter filter) =>
        _stack.Get<Database>().ReadAsync(async c =>
        {
            var args = new DynamicParameters(new { Period = TriageScenario.October });
            filter.AddParameters(args);
            return (await c.QueryAsync<Guid>("SELECT id FROM matches WHERE period = @Period" + filter.Conditions(), args)).ToList();
        }, CancellationToken.None);
}
