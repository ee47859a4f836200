using System.Net;
using SignalHub.Dispatch;
using SignalHub.Tests.Fixtures;
using SignalHub.Tests.Security;
using static SignalHub.Security.Accounts.PortalRoles;
using static SignalHub.Tests.Dispatch.Portal.TriageScenario;

namespace SignalHub.Tests.Dispatch.Portal;

/// <summary>
/// The triage detail page's actions go through <see cref="CaseRouting"/>: SDV confirms or rejects its hit (a reason is
/// required), a coordinator reassigns with a reason; SDV may not reassign, a wijkteam worker may not open triage.
/// </summary>
public sealed class When_a_routing_decision_is_made_in_the_portal
{
    private SignalHubStack _stack = null!;
    private SignedInUser _sdv = null!;
    private SignedInUser _coordinator = null!;
    private SignedInUser _wijkteam = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _stack = await SignalHubStack.StartAsync(StackKind.SqliteInMemory);
        await LoadAsync(_stack);
        _sdv = await _stack.SignInAsync(Sdv);
        _coordinator = await _stack.SignInAsync(Coordinator);
        _wijkteam = await _stack.SignInAsync(Wijkteam, team: "Wijkteam Noord");
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        foreach (var user in new[] { _sdv, _coordinator, _wijkteam })
            user.Session.Dispose();
        await _stack.DisposeAsync();
    }

    /// <summary>A detail page with forms for both roles: the likely hit at 2011AB 26, never decided by these tests.</summary>
    private async Task<string> FormPageAsync() => $"/triage/{await _stack.MatchIdAsync(October, "2011AB", 26)}";

    private Task<IReadOnlyList<RoutingDecisionView>> DecisionsAsync(Guid caseId) =>
        _stack.Get<RoutingDecisionQuery>().ForCaseAsync(caseId, CancellationToken.None);

    [Test]
    public async Task Should_show_the_match_with_its_persons_signals_history_case_and_hit()
    {
        var match = await _stack.MatchIdAsync(October, "2011AB", 26);

        var html = await _sdv.Session.GetPageAsync($"/triage/{match}");

        Assert.That(html, Does.Contain("Koster").And.Contain("12 maart 1978").And.Contain("Woonstichting Triage")
            .And.Contain("signaal erbij").And.Contain("SDV-13").And.Contain("waarschijnlijk bekend bij SDV")
            .And.Contain("automatisch uitgezet").And.Contain("Bevestig: bekend bij SDV"));
    }

    [Test]
    public async Task When_SDV_rejects_without_a_reason_Should_say_so_next_to_the_field_and_change_nothing()
    {
        var before = await _stack.RequireCaseAtAsync(October, "2011AB", 26);
        var path = $"/triage/{before.MatchId}";

        using var response = await _sdv.Session.PostFormAsync(path, [new("afwijsreden", "  ")], path + "?handler=Afwijzen");

        var html = await response.Content.ReadAsStringAsync();
        var after = await _stack.RequireCaseAtAsync(October, "2011AB", 26);
        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(html, Does.Contain("id=\"afwijsreden-fout\"").And.Contain("Vul in waarom dit huishouden niet bekend is bij SDV."));
            Assert.That((after.Route, after.KnownClient?.Status), Is.EqualTo((before.Route, HitStatus.Open)));
            Assert.That(await DecisionsAsync(before.Id), Has.Count.EqualTo(1), "only the automatic decision");
        });
    }

    [Test]
    public async Task When_SDV_confirms_a_possible_hit_Should_record_who_and_show_the_confirmation()
    {
        var before = await _stack.RequireCaseAtAsync(October, "2011AB", 28);
        var path = $"/triage/{before.MatchId}";

        using var response = await _sdv.Session.PostFormAsync(path, [], path + "?handler=Bevestigen");

        var after = await _stack.RequireCaseAtAsync(October, "2011AB", 28);
        var page = await _sdv.Session.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That((after.Route, after.KnownClient?.Status, after.KnownClient?.DecidedBy), Is.EqualTo(("sdv", HitStatus.Confirmed, _sdv.Account.Name)));
            Assert.That((await DecisionsAsync(before.Id))[^1].Kind, Is.EqualTo(RoutingDecisionKind.ConfirmKnownClient));
            Assert.That(page, Does.Contain("De hit is bevestigd").And.Contain("SDV bevestigt: bekend"));
        });
    }

    [Test]
    public async Task When_a_coordinator_reassigns_Should_store_the_decision_with_the_reason_and_the_actor()
    {
        var before = await _stack.RequireCaseAtAsync(October, "2016XY", 9);
        var path = $"/triage/{before.MatchId}";

        using var response = await _coordinator.Session.PostFormAsync(path,
            [new("route", "wijkteam"), new("team", "Wijkteam Zuid"), new("toewijsreden", "grenst aan Zuid, zij kennen de straat")], path + "?handler=Toewijzen");

        var after = await _stack.RequireCaseAtAsync(October, "2016XY", 9);
        var last = (await DecisionsAsync(before.Id))[^1];
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That((after.Route, after.Team), Is.EqualTo(("wijkteam", "Wijkteam Zuid")));
            Assert.That((last.Kind, last.DecidedBy, last.Team), Is.EqualTo((RoutingDecisionKind.Reassign, _coordinator.Account.Name, "Wijkteam Zuid")));
            Assert.That(last.Reason, Does.Contain("grenst aan Zuid, zij kennen de straat"));
        });
    }

    [TestCase("", "Wijkteam Zuid", "reden", "route", "Kies een route.")]
    [TestCase("wijkteam", "", "reden", "team", "Kies het wijkteam dat de zaak krijgt.")]
    [TestCase("wijkteam", "Wijkteam Nergens", "reden", "team", "Kies het wijkteam dat de zaak krijgt.")]
    [TestCase("budgetcoach", "", "", "toewijsreden", "Vul in waarom de zaak naar deze route gaat.")]
    public async Task When_a_reassignment_is_incomplete_Should_say_what_is_missing_and_change_nothing(string route, string team, string reason,
        string field, string message)
    {
        var before = await _stack.RequireCaseAtAsync(October, "2016XY", 13);
        var path = $"/triage/{before.MatchId}";

        using var response = await _coordinator.Session.PostFormAsync(path, [new("route", route), new("team", team), new("toewijsreden", reason)],
            path + "?handler=Toewijzen");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(html, Does.Contain($"id=\"{field}-fout\"").And.Contain(message));
            Assert.That(await DecisionsAsync(before.Id), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task When_SDV_tries_to_reassign_Should_get_no_form_and_a_refusal()
    {
        var before = await _stack.RequireCaseAtAsync(October, "2016XY", 11);
        var path = $"/triage/{before.MatchId}";

        var page = await _sdv.Session.GetPageAsync(path);
        // The page has no form to take a token from; the session's token is the same on a page that has one.
        using var response = await _sdv.Session.PostFormAsync(await FormPageAsync(),
            [new("route", "sdv"), new("team", ""), new("toewijsreden", "probeer")], path + "?handler=Toewijzen");

        Assert.Multiple(async () =>
        {
            Assert.That(page, Does.Not.Contain("reassign-form"));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(await DecisionsAsync(before.Id), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task When_the_case_is_closed_Should_show_the_refusal_in_Dutch()
    {
        var match = await _stack.MatchIdAsync("2026-05", "2012AA", 5);
        var path = $"/triage/{match}";

        using var response = await _coordinator.Session.PostFormAsync(await FormPageAsync(),
            [new("route", "budgetcoach"), new("team", ""), new("toewijsreden", "toch nog even")], path + "?handler=Toewijzen");

        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("Deze zaak is afgesloten en houdt haar route."));
    }

    [TestCase("/triage")]
    [TestCase("/triage/zonder-team")]
    public async Task A_wijkteam_worker_should_not_open_triage(string path)
    {
        using var response = await _wijkteam.Session.GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task The_coordinators_queue_should_list_the_cases_no_team_covers_with_a_link_to_their_match()
    {
        var unmapped = await _stack.RequireCaseAtAsync(October, "2016XY", 13);
        var mapped = await _stack.RequireCaseAtAsync(October, "2014AA", 40);

        var html = await _coordinator.Session.GetPageAsync("/triage/zonder-team");

        Assert.That(html, Does.Contain($"href=\"/triage/{unmapped.MatchId}\"").And.Not.Contain($"href=\"/triage/{mapped.MatchId}\""));
    }
}
