using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using Quartz;
using SignalHub.Browser.Tests.Fixtures;
using SignalHub.Outreach;
using SignalHub.Security.Accounts;
using SignalHub.Tests.Fixtures;
using SignalHub.Tests.Security;
using static Microsoft.Playwright.Assertions;
using static SignalHub.Tests.Fixtures.PartnerFiles;

namespace SignalHub.Browser.Tests.Outreach;

/// <summary>
/// November 2026: a housing partner reports a door in Wijkteam Zuid's area on Monday the 2nd. On Friday evening a worker
/// of that team, on a phone, opens "mijn zaken", opens the case, records the week's two home visits (morning, evening) and
/// two unanswered calls, watching what is still needed shrink, and closes the case as not reached; the partner sees its
/// signal's status go from being handled to closed. The clock is the test's, so the week can have happened.
/// </summary>
public sealed class When_a_wijkteam_worker_works_a_case_at_the_door
{
    private const string Team = "Wijkteam Zuid";
    private FakeTimeProvider _clock = null!;
    private SignalHubStack _stack = null!;
    private Guid _partnerId;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        SetDefaultExpectTimeout(15_000);
        _clock = new FakeTimeProvider(Amsterdam("2026-11-02 09:00"));
        _stack = await SignalHubStack.StartAsync(StackKind.SqliteInMemory, configure: b => b.Services.AddSingleton<TimeProvider>(_clock));
        await _stack.Services.GetRequiredKeyedService<IScheduler>("signalhub").PauseAll();
        await _stack.AddAreaAsync("2501AA", "2501ZZ", Team);
        var (partner, key) = await _stack.RegisterAsync("Woonstichting Deurwerk", "housing");
        _partnerId = partner.Id;
        await _stack.UploadAsync(key, "2026-11", Csv(Row("D-1", "huur", "Deurbel", "7", "2501AB")));
        _clock.SetUtcNow(Amsterdam("2026-11-06 21:00"));
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _stack.DisposeAsync();

    [Test]
    public async Task Should_record_the_week_and_close_the_case_as_not_reached()
    {
        var worker = await _stack.SignInAsync(PortalRoles.Wijkteam, team: Team);
        var page = await BrowserRun.OpenAsync(_stack, phone: true, user: worker);
        try
        {
            await page.GotoAsync("/zaken");
            var row = page.Locator("[data-testid=cases] tbody tr", new() { HasText = "2501AB" });
            await Expect(row).ToHaveCountAsync(1);
            await row.GetByRole(AriaRole.Link).ClickAsync();

            var needs = page.Locator("[data-testid=needs]");
            await Expect(needs).ToContainTextAsync("nog 2 huisbezoeken op verschillende dagen of dagdelen, nog 2 telefoongesprekken");

            await RecordAsync(page, "home_visit", "2026-11-03T10:00");
            await Expect(needs).ToContainTextAsync("nog 1 huisbezoek op een ander dagdeel of een andere dag, nog 2 telefoongesprekken");
            await RecordAsync(page, "home_visit", "2026-11-04T19:30");
            await Expect(needs).ToContainTextAsync("Nog nodig: nog 2 telefoongesprekken.");

            await CloseAsync(page);
            await Expect(page.Locator("[data-testid=close-refusal]")).ToContainTextAsync("Nog niet af te sluiten als 'Definitief geen contact kunnen krijgen'");

            await RecordAsync(page, "phone", "2026-11-03T11:00");
            await Expect(needs).ToContainTextAsync("Nog nodig: nog 1 telefoongesprek.");
            await RecordAsync(page, "phone", "2026-11-05T14:00");
            await Expect(needs).ToContainTextAsync("De outreachregel is gehaald");

            var attempts = page.Locator("[data-testid=attempts] tbody tr");
            await Expect(attempts).ToHaveCountAsync(4);
            await Expect(attempts.Nth(0)).ToContainTextAsync(new Regex("Huisbezoek.*Ochtend", RegexOptions.Singleline));
            await Expect(attempts.Nth(2)).ToContainTextAsync(new Regex("Huisbezoek.*Avond", RegexOptions.Singleline));
            await Screenshots.SaveAsync(page, "zaak-pogingen-telefoon");

            await ExpectPartnerSeesAsync("In behandeling");
            await CloseAsync(page);
            await Expect(page.Locator("[data-testid=confirmation]")).ToHaveTextAsync("De zaak is afgesloten.");
            await ExpectPartnerSeesAsync("Afgesloten");
            await Expect(page.Locator("[data-testid=status]")).ToHaveTextAsync("Afgesloten");
            await Expect(page.Locator("[data-testid=outcome]")).ToContainTextAsync("Definitief geen contact kunnen krijgen");
            await Expect(page.Locator("[data-testid=attempt-form]")).ToHaveCountAsync(0);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>The partner's own feedback page, in a browser of its own, shows the status of signal D-1.</summary>
    private async Task ExpectPartnerSeesAsync(string status)
    {
        var partner = await _stack.SignInAsync(PortalRoles.Partner, _partnerId);
        var page = await BrowserRun.OpenAsync(_stack, user: partner);
        try
        {
            await page.GotoAsync("/terugkoppeling?periode=2026-11");
            await Expect(page.Locator("tr[data-reference='D-1'] [data-testid=status]")).ToContainTextAsync(status);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>Reached is left at "Nee", the worker at the signed-in user, the day-part to the time.</summary>
    private static async Task RecordAsync(IPage page, string kind, string moment)
    {
        var form = page.Locator("[data-testid=attempt-form]");
        await form.GetByLabel("Soort contact").SelectOptionAsync(kind);
        await form.GetByLabel("Datum en tijd").FillAsync(moment);
        await form.GetByRole(AriaRole.Button, new() { Name = "Poging vastleggen" }).ClickAsync();
        await Expect(page.Locator("[data-testid=confirmation]")).ToHaveTextAsync("De contactpoging is vastgelegd.");
    }

    private static async Task CloseAsync(IPage page)
    {
        var form = page.Locator("[data-testid=close-form]");
        await form.GetByLabel("Eindresultaat").SelectOptionAsync("no_contact_possible");
        await form.GetByRole(AriaRole.Button, new() { Name = "Afsluiten" }).ClickAsync();
    }

    private static DateTimeOffset Amsterdam(string local) =>
        AmsterdamTime.FromLocal(DateTime.ParseExact(local, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
}
