using System.Globalization;
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

namespace SignalHub.Browser.Tests.Errors;

/// <summary>
/// A worker on a phone closes a case as not reached before the outreach rule is met, and a coordinator sends the form at
/// the foot of an admin page half filled in. Each sees what went wrong where the eye is: at the top of the page that comes
/// back, announced (role alert), focused when scripts run, and still the first thing on the screen when they do not.
/// </summary>
public sealed class When_an_action_is_refused_on_a_phone
{
    private const string Team = "Wijkteam Zuid";
    private SignalHubStack _stack = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        SetDefaultExpectTimeout(15_000);
        var clock = new FakeTimeProvider(Amsterdam("2026-11-02 09:00"));
        _stack = await SignalHubStack.StartAsync(StackKind.SqliteInMemory, configure: b => b.Services.AddSingleton<TimeProvider>(clock));
        await _stack.Services.GetRequiredKeyedService<IScheduler>("signalhub").PauseAll();
        await _stack.AddAreaAsync("2501AA", "2501ZZ", Team);
        var (_, key) = await _stack.RegisterAsync("Woonstichting Weigering", "housing");
        await _stack.UploadAsync(key, "2026-11", Csv(Row("W-1", "huur", "Deurbel", "7", "2501AB"), Row("W-2", "huur", "Bel", "9", "2501AB")));
        clock.SetUtcNow(Amsterdam("2026-11-06 21:00"));
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _stack.DisposeAsync();

    [TestCase(true)]
    [TestCase(false)]
    public async Task Closing_as_not_reached_too_early_should_say_why_at_the_top_of_the_page(bool javaScript)
    {
        var worker = await _stack.SignInAsync(PortalRoles.Wijkteam, team: Team);
        var page = await BrowserRun.OpenAsync(_stack, javaScript: javaScript, phone: true, user: worker);
        try
        {
            await page.GotoAsync("/zaken");
            await page.Locator("[data-testid=cases] tbody tr").First.GetByRole(AriaRole.Link).ClickAsync();
            var form = page.Locator("[data-testid=close-form]");
            await form.GetByLabel("Eindresultaat").SelectOptionAsync("no_contact_possible");
            await form.GetByRole(AriaRole.Button, new() { Name = "Afsluiten" }).ClickAsync();

            var summary = page.Locator("main > #foutoverzicht");
            await Expect(summary).ToHaveAttributeAsync("role", "alert");
            await Expect(summary).ToContainTextAsync("Dit is niet gelukt");
            await Expect(summary).ToContainTextAsync("Nog niet af te sluiten als 'Definitief geen contact kunnen krijgen'");
            await Expect(summary).ToBeInViewportAsync();
            if (javaScript)
                await Expect(summary).ToBeFocusedAsync();
            else
                Assert.That(await page.EvaluateAsync<double>("() => document.getElementById('foutoverzicht').getBoundingClientRect().top"),
                    Is.LessThan(844), "the message is on the first screen");
            await Expect(page.Locator("[data-testid=close-refusal]")).ToContainTextAsync("Nog niet af te sluiten");
            await Expect(page.Locator("#foutoverzicht")).ToHaveCountAsync(1);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Test]
    public async Task A_form_at_the_foot_of_an_admin_page_should_show_its_errors_at_the_top()
    {
        var page = await BrowserRun.OpenAsync(_stack, phone: true);
        try
        {
            await page.GotoAsync("/beheer/gebieden");
            await page.GetByRole(AriaRole.Button, new() { Name = "Gebied toevoegen" }).ClickAsync();

            var summary = page.Locator("main > #foutoverzicht");
            await Expect(summary).ToHaveAttributeAsync("role", "alert");
            await Expect(summary).ToContainTextAsync("Controleer het formulier");
            await Expect(summary).ToBeFocusedAsync();
            await Expect(summary).ToBeInViewportAsync();
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static DateTimeOffset Amsterdam(string local) =>
        AmsterdamTime.FromLocal(DateTime.ParseExact(local, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
}
