using System.Globalization;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using Quartz;
using SignalHub.Domain.Outreach;
using SignalHub.Domain.Vocabulary;
using SignalHub.Outreach;
using SignalHub.Partners;
using SignalHub.Security.Accounts;
using SignalHub.Storage;
using SignalHub.Tests.Dispatch;
using SignalHub.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;
using static SignalHub.Tests.Fixtures.PartnerFiles;

namespace SignalHub.Browser.Tests.Navigation;

/// <summary>
/// The first week of each role, walked for dead ends and pages that disagree: the logo and the "no access" page lead
/// somewhere the user may go, "Beheer" is a page, a partner is not asked to choose its own organisation, the coordinator's
/// count of cases needing attention is the list it links to, a budget coach's cases are the budget coach's, a case whose
/// help was accepted asks for no more visits, the feedback page dates the delivery it counts, and the menu fits one row.
/// </summary>
public sealed class When_each_role_finds_its_way
{
    private FakeTimeProvider _clock = null!;
    private SignalHubStack _stack = null!;
    private Partner _partner = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        SetDefaultExpectTimeout(15_000);
        _clock = new FakeTimeProvider(Amsterdam("2026-10-05 09:00"));
        _stack = await SignalHubStack.StartAsync(StackKind.SqliteInMemory, configure: b => b.Services.AddSingleton<TimeProvider>(_clock));
        await _stack.Services.GetRequiredKeyedService<IScheduler>("signalhub").PauseAll();
        await _stack.AddAreaAsync("2501AA", "2501ZZ", "Wijkteam Zuid");
        var (partner, key) = await _stack.RegisterAsync("Woonstichting Wegwijs", "housing");
        _partner = partner;
        await _stack.UploadAsync(key, "2026-10", Csv(Row("O-1", "huur", "Oktober", "1", "2501AB")));
        _clock.SetUtcNow(Amsterdam("2026-11-02 09:00"));
        await _stack.UploadAsync(key, "2026-11", Csv(Row("N-1", "huur", "Jansen", "3", "2501AB"), Row("N-2", "huur", "Smit", "5", "2501AB")));
        _clock.SetUtcNow(Amsterdam("2026-11-05 14:30"));
        await _stack.UploadAsync(key, "2026-11", Csv(Row("N-1", "huur", "Jansen", "3", "2501AB"), Row("N-2", "huur", "Smit", "5", "2501AB"),
            Row("N-3", "huur", "Visser", "7", "2501AB")));
        _clock.SetUtcNow(Amsterdam("2026-11-06 10:00"));

        var october = (await _stack.RequireCaseAtAsync("2026-10", "2501AB", 1)).Id;
        var november = (await _stack.RequireCaseAtAsync("2026-11", "2501AB", 3)).Id;
        var coached = (await _stack.RequireCaseAtAsync("2026-11", "2501AB", 5)).Id;
        var work = _stack.Get<CaseWork>();
        await work.RecordAttemptAsync(november, new AttemptInput(ContactKind.HomeVisit, Amsterdam("2026-11-06 09:30"), true, ["Anouk de Lange"]),
            "Anouk de Lange", CancellationToken.None);
        await work.ChangeStatusAsync(november, CaseStage.HelpAccepted, "Anouk de Lange", CancellationToken.None);
        await _stack.Get<Database>().InTransactionAsync(async (c, t) =>
        {
            await c.ExecuteAsync("UPDATE cases SET overdue = @Yes WHERE id = @Id", new { Yes = true, Id = october }, t);
            await c.ExecuteAsync("UPDATE cases SET at_risk = @Yes WHERE id = @Id", new { Yes = true, Id = november }, t);
            return await c.ExecuteAsync("UPDATE cases SET route = 'budgetcoach', team = NULL WHERE id = @Id", new { Id = coached }, t);
        }, CancellationToken.None);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _stack.DisposeAsync();

    [Test]
    public async Task A_partner_should_reach_its_own_pages_from_the_logo_and_from_no_access()
    {
        var page = await OpenAsync(PortalRoles.Partner);
        try
        {
            await page.GotoAsync("/aanleveren");
            await page.Locator("a.brand").ClickAsync();
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/leveringen$"));
            await Expect(page.Locator("h1")).ToContainTextAsync("Leveringen van Woonstichting Wegwijs");

            var refused = await page.GotoAsync("/triage");
            Assert.That(refused!.Status, Is.EqualTo(403));
            await Expect(page.Locator("h1")).ToHaveTextAsync("Geen toegang");
            await page.GetByRole(AriaRole.Link, new() { Name = "Naar uw startpagina" }).ClickAsync();
            await Expect(page.Locator("h1")).ToContainTextAsync("Leveringen");

            foreach (var path in new[] { "/aanleveren", "/terugkoppeling", "/leveringen" })
            {
                await page.GotoAsync(path);
                await Expect(page.GetByText("Kies een partner")).ToHaveCountAsync(0);
                await Expect(page.Locator("select#partner")).ToHaveCountAsync(0);
            }
            await page.GotoAsync("/aanleveren");
            await Expect(page.Locator("[data-testid=own-partner]")).ToHaveTextAsync("Partner: Woonstichting Wegwijs");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Test]
    public async Task The_feedback_page_should_date_the_delivery_it_counts()
    {
        var page = await OpenAsync(PortalRoles.Partner);
        try
        {
            await page.GotoAsync("/terugkoppeling?periode=2026-11");
            var quality = page.Locator("[data-testid=quality]");
            await Expect(page.Locator("[data-testid=counted-delivery]")).ToHaveTextAsync("ontvangen op 5 nov 2026 14:30");
            await Expect(quality).ToContainTextAsync("3 / 3 / 0");
            await Expect(quality).ToContainTextAsync("eerste levering op 2 nov 2026 09:00");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Test]
    public async Task A_coordinator_should_find_beheer_and_a_menu_of_one_row()
    {
        var page = await OpenAsync(PortalRoles.Coordinator);
        try
        {
            await page.GotoAsync("/");
            var tops = await page.Locator("nav[aria-label=Hoofdmenu] li").EvaluateAllAsync<double[]>("items => items.map(i => i.getBoundingClientRect().top)");
            Assert.That(tops.Distinct().Count(), Is.EqualTo(1), "the menu takes one row at 1280 px");

            await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Beheer" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/beheer$"));
            var index = page.Locator("[data-testid=admin-index]");
            foreach (var label in new[] { "Partners", "Gebieden en teams", "SDV-cliëntenlijst", "Gebruikers", "Mislukte berichten", "Auditlog" })
                await Expect(index.GetByRole(AriaRole.Link, new() { Name = label, Exact = true })).ToBeVisibleAsync();
            await index.GetByRole(AriaRole.Link, new() { Name = "Auditlog" }).ClickAsync();
            await Expect(page.Locator("h1")).ToContainTextAsync("Auditlog");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Test]
    public async Task The_overview_should_count_the_cases_needing_attention_as_the_case_list_shows_them()
    {
        var page = await OpenAsync(PortalRoles.Coordinator);
        try
        {
            await page.GotoAsync("/");
            await Expect(page.Locator("[data-attention]")).ToHaveTextAsync("2");
            await Expect(page.Locator("[data-overdue]")).ToHaveTextAsync("1");
            await page.GetByTestId("attention-link").ClickAsync();
            await Expect(page.Locator("#aandacht")).ToBeCheckedAsync();
            await Expect(page.Locator("[data-testid=cases] tbody tr")).ToHaveCountAsync(2);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Test]
    public async Task A_budget_coach_should_see_only_the_budget_coachs_cases()
    {
        var page = await OpenAsync(PortalRoles.BudgetCoach);
        try
        {
            await page.GotoAsync("/zaken");
            await Expect(page.Locator("h1")).ToContainTextAsync("Mijn zaken");
            var rows = page.Locator("[data-testid=cases] tbody tr");
            await Expect(rows).ToHaveCountAsync(1);
            await Expect(rows).ToContainTextAsync(new System.Text.RegularExpressions.Regex("(^|\\s)5, 2501"));
            await Expect(page.Locator("select#team")).ToHaveCountAsync(0);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Test]
    public async Task A_case_whose_help_was_accepted_should_ask_for_no_more_visits()
    {
        var page = await OpenAsync(PortalRoles.Coordinator);
        try
        {
            var accepted = (await _stack.RequireCaseAtAsync("2026-11", "2501AB", 3)).Id;
            await page.GotoAsync($"/zaken/{accepted}");
            await Expect(page.Locator("[data-testid=needs]")).Not.ToContainTextAsync("Nog nodig");
            await Expect(page.Locator("[data-testid=needs]")).ToContainTextAsync("Vastgelegd: 1 huisbezoek en 0 telefoongesprekken.");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private async Task<IPage> OpenAsync(string role) => await BrowserRun.OpenAsync(_stack, user: await SignalHub.Tests.Security.PortalUsers.SignInAsync(
        _stack, role, role == PortalRoles.Partner ? _partner.Id : null));

    private static DateTimeOffset Amsterdam(string local) =>
        AmsterdamTime.FromLocal(DateTime.ParseExact(local, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
}
