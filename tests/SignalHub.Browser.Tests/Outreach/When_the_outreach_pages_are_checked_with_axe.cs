using Microsoft.Playwright;
using SignalHub.Browser.Tests.Accessibility;
using SignalHub.Browser.Tests.Fixtures;
using SignalHub.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace SignalHub.Browser.Tests.Outreach;

/// <summary>
/// The outreach pages with two months of work in them, for a coordinator (who sees every team), on a desktop and on a
/// phone: no serious or critical axe violation, nothing wider than the phone, a screenshot of each, and a visit list
/// that prints without the portal around it.
/// </summary>
public sealed class When_the_outreach_pages_are_checked_with_axe
{
    private SignalHubStack _stack = null!;
    private IPage _desktop = null!;
    private IPage _phone = null!;
    private Guid _case;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        SetDefaultExpectTimeout(15_000);
        _stack = await TwoMonthsOfOutreach.StartAsync();
        _case = await TwoMonthsOfOutreach.WorkedCaseAsync(_stack);
        _desktop = await BrowserRun.OpenAsync(_stack, axe: true);
        _phone = await BrowserRun.OpenAsync(_stack, phone: true, axe: true);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _desktop.Context.CloseAsync();
        await _phone.Context.CloseAsync();
        await _stack.DisposeAsync();
    }

    [TestCase("/zaken", "[data-testid=cases]", "mijn-zaken")]
    [TestCase("{case}", "[data-testid=attempts]", "zaak")]
    [TestCase("/bezoeklijst?datum=2026-11-09", "[data-testid=visits]", "bezoeklijst")]
    [TestCase("/budgetcoach", "[data-testid=recidivists]", "budgetcoach")]
    public async Task Should_have_no_serious_or_critical_violations_on_a_desktop(string path, string content, string screenshot)
    {
        await OpenAsync(_desktop, path, content, screenshot + "-demo");
        await Axe.AssertAccessibleAsync(_desktop);
    }

    [TestCase("/zaken", "[data-testid=cases]", "mijn-zaken")]
    [TestCase("{case}", "[data-testid=attempts]", "zaak")]
    [TestCase("/bezoeklijst?datum=2026-11-09", "[data-testid=visits]", "bezoeklijst")]
    [TestCase("/budgetcoach", "[data-testid=followups]", "budgetcoach")]
    public async Task Should_fit_a_phone_and_have_no_serious_or_critical_violations_there(string path, string content, string screenshot)
    {
        await OpenAsync(_phone, path, content, screenshot + "-telefoon");
        await PhoneScreen.AssertFitsAsync(_phone, path);
        await Axe.AssertAccessibleAsync(_phone);
    }

    [Test]
    public async Task Should_print_the_visit_list_without_the_menu_and_the_form()
    {
        var page = await BrowserRun.OpenAsync(_stack);
        try
        {
            await page.GotoAsync("/bezoeklijst?datum=2026-11-09");
            await page.EmulateMediaAsync(new() { Media = Media.Print });
            await Expect(page.Locator("[data-testid=visits] tbody tr").First).ToBeVisibleAsync();
            await Expect(page.Locator(".site-header")).ToBeHiddenAsync();
            await Expect(page.Locator("form.filter-form")).ToBeHiddenAsync();
            await Expect(page.Locator("[data-testid=visits] th.print-only")).ToBeVisibleAsync();
            await page.PdfAsync(new() { Path = Path.Combine(Screenshots.Folder, "bezoeklijst-afdruk.pdf"), Format = "A4" });
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private async Task OpenAsync(IPage page, string path, string content, string screenshot)
    {
        await page.GotoAsync(path.Replace("{case}", $"/zaken/{_case}", StringComparison.Ordinal));
        await Expect(page.Locator(content)).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, screenshot);
    }
}
