using Microsoft.Playwright;
using SignalHub.Browser.Tests.Fixtures;
using SignalHub.Security.Accounts;
using SignalHub.Tests.Fixtures;
using SignalHub.Tests.Security;
using static Microsoft.Playwright.Assertions;
using static SignalHub.Tests.Fixtures.PartnerFiles;

namespace SignalHub.Browser.Tests.Outreach;

/// <summary>
/// A wijkteam worker stands at the door and types the home visit into the case. Meanwhile the housing partner sends a
/// correction file without this household, so its signal is withdrawn; the actuality check before the first visit
/// then closes the case. The worker is told so at the top of the page, and finds the visit they typed still there.
/// </summary>
public sealed class When_a_case_closes_while_the_worker_types
{
    private const string Team = "Wijkteam Noord";
    private const string Note = "Niemand thuis, briefje bij de buren achtergelaten";

    [Test]
    public async Task Should_say_the_case_closed_and_keep_the_typed_visit()
    {
        SetDefaultExpectTimeout(15_000);
        await using var stack = await SignalHubStack.StartAsync(StackKind.SqliteInMemory);
        await stack.AddAreaAsync("2011AA", "2013ZZ", Team);
        var (_, key) = await stack.RegisterAsync("Woonstichting Deur", "housing");
        await stack.UploadAsync(key, ThisMonth.Period.ToString(), Csv(Row("K-1", "huur", "Akker", "4", "2011AB"), Row("K-2", "huur", "Beek", "6", "2012CD")));
        var caseId = await stack.Get<SignalHub.Storage.Database>().ReadAsync(c => Dapper.SqlMapper.QuerySingleAsync<Guid>(c,
            "SELECT k.id FROM cases k JOIN matches m ON m.id = k.match_id WHERE m.postcode = '2011AB'"), CancellationToken.None);
        var worker = await stack.SignInAsync(PortalRoles.Wijkteam, team: Team);
        var page = await BrowserRun.OpenAsync(stack, phone: true, user: worker);
        try
        {
            await page.GotoAsync($"/zaken/{caseId}");
            await page.GetByLabel("Soort contact").SelectOptionAsync("home_visit");
            await page.GetByLabel("Notitie", new() { Exact = true }).FillAsync(Note);

            // While the worker types, the partner's correction leaves this household out.
            await stack.UploadAsync(key, ThisMonth.Period.ToString(), Csv(Row("K-2", "huur", "Beek", "6", "2012CD")));

            await page.GetByRole(AriaRole.Button, new() { Name = "Poging vastleggen" }).ClickAsync();
            var alert = page.Locator("[data-testid=closed-under]");
            await Expect(alert).ToContainTextAsync("Geen huisbezoek: geen van de signalen van deze zaak is nog actueel");
            await Expect(alert).ToContainTextAsync("Uw poging is niet opgeslagen. Wat u invulde staat hieronder nog");
            await Expect(alert.Locator("[data-testid=closed-how]")).ToContainTextAsync("door SignalHub (actualiteitscheck");
            await Expect(alert).ToBeInViewportAsync();
            await Expect(page.GetByLabel("Notitie", new() { Exact = true })).ToHaveValueAsync(Note);
            await Expect(page.GetByLabel("Soort contact")).ToHaveValueAsync("home_visit");
            await Expect(page.Locator("[data-testid=not-saved]")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("status")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("Afgesloten|afgesloten"));
            Assert.That(await stack.CountAsync("SELECT COUNT(*) FROM case_attempts WHERE case_id = @Id", new { Id = caseId }), Is.Zero);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
