using Microsoft.Playwright;
using SignalHub.Tests.Dispatch;
using SignalHub.Tests.Dispatch.Portal;
using SignalHub.Tests.Fixtures;
using SignalHub.Tests.Security;
using static Microsoft.Playwright.Assertions;
using static SignalHub.Security.Accounts.PortalRoles;

namespace SignalHub.Browser.Tests.Triage;

/// <summary>
/// SDV filters the triage queue, opens a match with a known-client hit and confirms or rejects it; a coordinator
/// reassigns a case no team covers. Each sees the decision recorded with its name.
/// </summary>
public sealed class When_SDV_and_a_coordinator_triage_the_month
{
    private SignalHubStack _stack = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        SetDefaultExpectTimeout(15_000);
        _stack = await SignalHubStack.StartAsync(StackKind.SqliteInMemory);
        await TriageScenario.LoadAsync(_stack);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _stack.DisposeAsync();

    [Test]
    public async Task SDV_should_filter_open_the_match_and_confirm_the_hit()
    {
        var sdv = await _stack.SignInAsync(Sdv);
        var match = await _stack.MatchIdAsync(TriageScenario.October, "2011AB", 28);
        var elsewhere = await _stack.MatchIdAsync(TriageScenario.October, "2014AA", 40);
        var page = await BrowserRun.OpenAsync(_stack, user: sdv);
        try
        {
            await page.GotoAsync("/triage");
            await page.GetByLabel("Team").SelectOptionAsync("Wijkteam Noord");
            await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("team=Wijkteam"));
            await Expect(page.Locator($"[data-testid=triage] tr[data-match='{elsewhere}']")).ToHaveCountAsync(0);

            await page.Locator($"a[href='/triage/{match}']").ClickAsync();
            await Expect(page.Locator("[data-testid=hit]")).ToContainTextAsync("mogelijk bekend bij SDV");
            await page.GetByRole(AriaRole.Button, new() { Name = "Bevestig: bekend bij SDV" }).ClickAsync();

            await Expect(page.Locator("[data-testid=confirmation]")).ToContainTextAsync("De hit is bevestigd");
            await Expect(page.Locator("[data-testid=hit-status]")).ToContainTextAsync($"bevestigd door {sdv.Account.Name}");
            await Expect(page.Locator("[data-testid=case-route]")).ToContainTextAsync("SDV");
            await Expect(page.Locator("[data-testid=decisions] tr[data-kind=confirm_known_client]")).ToContainTextAsync(sdv.Account.Name);
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Bevestig: bekend bij SDV" })).ToHaveCountAsync(0);
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Wijs af: niet bekend bij SDV" })).ToHaveCountAsync(0);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Test]
    public async Task SDV_should_see_which_matches_have_a_known_client_hit_and_list_only_those()
    {
        var sdv = await _stack.SignInAsync(Sdv);
        var likely = await _stack.MatchIdAsync(TriageScenario.October, "2011AB", 26);
        var possible = await _stack.MatchIdAsync(TriageScenario.October, "2011AB", 28);
        var page = await BrowserRun.OpenAsync(_stack, phone: true, user: sdv);
        try
        {
            await page.GotoAsync($"/triage?periode={TriageScenario.October}");
            await Expect(page.Locator($"tr[data-match='{likely}'] [data-testid=sdv-hit]")).ToContainTextAsync("SDV-treffer: waarschijnlijk bekend bij SDV");
            await Expect(page.Locator($"tr[data-match='{possible}'] [data-testid=sdv-hit]")).ToContainTextAsync("SDV-treffer: mogelijk bekend bij SDV");

            await page.GetByLabel("SDV-treffer").SelectOptionAsync(new SelectOptionValue { Label = "elke SDV-treffer" });
            await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("sdv=alle"));
            var rows = page.Locator("[data-testid=triage] tbody tr");
            await Expect(rows).ToHaveCountAsync(2);
            await Expect(page.Locator("[data-testid=triage] [data-testid=sdv-hit]")).ToHaveCountAsync(2);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Test]
    public async Task SDV_should_be_asked_for_a_reason_before_rejecting_the_hit()
    {
        var sdv = await _stack.SignInAsync(Sdv);
        var match = await _stack.MatchIdAsync(TriageScenario.October, "2011AB", 26);
        var page = await BrowserRun.OpenAsync(_stack, phone: true, user: sdv);
        try
        {
            await page.GotoAsync($"/triage/{match}");
            var reject = page.GetByRole(AriaRole.Button, new() { Name = "Wijs af: niet bekend bij SDV" });
            await reject.ClickAsync();
            await Expect(page.Locator("#afwijsreden-fout")).ToHaveTextAsync("Vul in waarom dit huishouden niet bekend is bij SDV.");

            await page.GetByLabel("Reden van afwijzen").FillAsync("andere Koster, geen cliënt");
            await reject.ClickAsync();

            await Expect(page.Locator("[data-testid=confirmation]")).ToContainTextAsync("De hit is afgewezen");
            await Expect(page.Locator("[data-testid=hit-status]")).ToContainTextAsync("afgewezen");
            await Expect(page.Locator("[data-testid=decisions] tr[data-kind=reject_known_client]")).ToContainTextAsync("andere Koster, geen cliënt");
            await Expect(reject).ToHaveCountAsync(0);
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Bevestig: bekend bij SDV" })).ToHaveCountAsync(0);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Test]
    public async Task A_coordinator_should_reassign_a_case_no_team_covers_with_a_reason()
    {
        var coordinator = await _stack.SignInAsync(Coordinator);
        var match = await _stack.MatchIdAsync(TriageScenario.October, "2016XY", 9);
        var page = await BrowserRun.OpenAsync(_stack, user: coordinator);
        try
        {
            await page.GotoAsync("/triage/zonder-team");
            await page.Locator($"[data-testid=without-team] a[href='/triage/{match}']").ClickAsync();
            await page.GetByLabel("Route").SelectOptionAsync("wijkteam");
            await page.GetByLabel("Wijkteam").SelectOptionAsync("Wijkteam Zuid");
            await page.GetByLabel("Reden", new() { Exact = true }).FillAsync("grenst aan Zuid, zij kennen de straat");
            await page.GetByRole(AriaRole.Button, new() { Name = "Wijs toe" }).ClickAsync();

            await Expect(page.Locator("[data-testid=confirmation]")).ToContainTextAsync("De zaak is opnieuw toegewezen.");
            await Expect(page.Locator("[data-testid=case-team]")).ToHaveTextAsync("Wijkteam Zuid");
            await Expect(page.Locator("[data-testid=decisions] tr[data-kind=reassign]")).ToContainTextAsync(coordinator.Account.Name);
            await page.GotoAsync("/triage/zonder-team");
            await Expect(page.Locator($"a[href='/triage/{match}']")).ToHaveCountAsync(0);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
