using Microsoft.Playwright;
using SignalHub.Browser.Tests.Accessibility;
using SignalHub.Browser.Tests.Fixtures;
using SignalHub.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace SignalHub.Browser.Tests.Upload;

/// <summary>
/// The server checks every field, with and without JavaScript: the messages are Dutch, listed in an error summary
/// at the top that takes focus and links to each field, and repeated beside the field itself. The overview's and
/// the history's filters say so too when asked for a month or partner that does not exist.
/// </summary>
public sealed class When_the_upload_form_is_sent_incomplete
{
    private SignalHubStack _stack = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        SetDefaultExpectTimeout(15_000);
        _stack = await SignalHubStack.StartAsync(StackKind.SqliteInMemory);
        await _stack.RegisterAsync("Woonstichting Formulier", "housing");
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _stack.DisposeAsync();

    [TestCase(true)]
    [TestCase(false)]
    public async Task Should_list_each_problem_in_dutch_and_mark_its_field(bool javaScript)
    {
        var page = await BrowserRun.OpenAsync(_stack, javaScript, axe: true);
        try
        {
            await page.GotoAsync("/aanleveren");
            await page.GetByLabel("Maand van de achterstanden").FillAsync("2026-13");
            await page.GetByRole(AriaRole.Button, new() { Name = "Aanleveren" }).ClickAsync();

            var summary = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Controleer het formulier" });
            await Expect(summary.GetByRole(AriaRole.Link)).ToHaveTextAsync(
            [
                "Kies de partner namens wie u aanlevert.",
                $"Vul de maand in als jaar en maand, bijvoorbeeld {ThisMonth.Period}.",
                "Kies het bestand dat u wilt aanleveren.",
            ]);
            foreach (var field in new[] { "#partner", "#periode", "#bestand" })
            {
                await Expect(page.Locator(field)).ToHaveAttributeAsync("aria-invalid", "true");
                await Expect(page.Locator(field)).ToHaveAccessibleDescriptionAsync(new System.Text.RegularExpressions.Regex(".+"));
            }
            await Expect(page.Locator("#periode-fout")).ToHaveTextAsync($"Vul de maand in als jaar en maand, bijvoorbeeld {ThisMonth.Period}.");
            await Expect(page.GetByLabel("Maand van de achterstanden")).ToHaveValueAsync("2026-13");
            if (javaScript)
            {
                await Expect(summary).ToBeFocusedAsync();
                await summary.GetByRole(AriaRole.Link, new() { Name = "Kies het bestand" }).ClickAsync();
                await Expect(page.Locator("#bestand")).ToBeFocusedAsync();
                await Screenshots.SaveAsync(page, "aanleveren-fouten");
                await Axe.AssertAccessibleAsync(page);
            }
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Test]
    public async Task Should_refuse_a_month_that_has_not_begun()
    {
        var page = await BrowserRun.OpenAsync(_stack);
        try
        {
            await page.GotoAsync("/aanleveren");
            await page.GetByLabel("Maand van de achterstanden").FillAsync(ThisMonth.Period.Next().ToString());
            await page.GetByRole(AriaRole.Button, new() { Name = "Aanleveren" }).ClickAsync();
            await Expect(page.Locator("#periode-fout")).ToContainTextAsync("ligt in de toekomst");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Test]
    public async Task Should_say_so_when_the_overview_is_asked_for_a_month_that_does_not_exist()
    {
        var page = await BrowserRun.OpenAsync(_stack);
        try
        {
            await page.GotoAsync("/?periode=2026-13");
            await Expect(page.Locator("#periode-fout")).ToContainTextAsync("Vul de maand in als jaar en maand");
            await Expect(page.GetByRole(AriaRole.Alert)).ToBeFocusedAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Overzicht "));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Test]
    public async Task Should_say_so_when_the_history_is_asked_for_an_unknown_partner()
    {
        var page = await BrowserRun.OpenAsync(_stack);
        try
        {
            await page.GotoAsync($"/leveringen?partner={Guid.NewGuid()}");
            await Expect(page.Locator("#partner-fout")).ToHaveTextAsync("Deze partner is niet bekend. Kies een partner uit de lijst.");
            await Expect(page.GetByRole(AriaRole.Alert)).ToBeFocusedAsync();
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
