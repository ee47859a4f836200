using Microsoft.Playwright;
using SignalHub.Browser.Tests.Fixtures;
using SignalHub.Ingestion;
using SignalHub.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace SignalHub.Browser.Tests.Accessibility;

/// <summary>
/// Every main page of the portal, filled with a month of four partners, on a desktop and on a phone (390 px): axe
/// finds no serious or critical WCAG 2.1 A/AA violation, no page scrolls sideways on the phone, and a screenshot of
/// each lands in artifacts/screenshots.
/// </summary>
public sealed class When_each_main_page_is_checked_with_axe
{
    private SignalHubStack _stack = null!;
    private IPage _desktop = null!;
    private IPage _phone = null!;
    private Receipt _receipt = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        SetDefaultExpectTimeout(15_000);
        _stack = await SignalHubStack.StartAsync(StackKind.SqliteInMemory);
        _receipt = (await DemoDeliveries.DeliverAsync(_stack))["Zorgverzekeraar Voorbeeld"];
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

    [TestCase("/", "overzicht-demo")]
    [TestCase("/triage", "triage-demo")]
    [TestCase("/zaken", "zaken-demo")]
    [TestCase("/aanleveren", "aanleveren-demo")]
    [TestCase("/leveringen", "leveringen-demo")]
    [TestCase("{receipt}", "ontvangstbewijs-demo")]
    [TestCase("/fout/404", "niet-gevonden")]
    public async Task Should_have_no_serious_or_critical_violations_on_a_desktop(string path, string screenshot)
    {
        await OpenAsync(_desktop, path, screenshot);
        await Axe.AssertAccessibleAsync(_desktop);
    }

    [TestCase("/", "overzicht-telefoon")]
    [TestCase("/triage", "triage-telefoon")]
    [TestCase("/zaken", "zaken-telefoon")]
    [TestCase("/aanleveren", "aanleveren-telefoon")]
    [TestCase("/leveringen", "leveringen-telefoon")]
    [TestCase("{receipt}", "ontvangstbewijs-telefoon")]
    public async Task Should_fit_a_phone_and_have_no_serious_or_critical_violations_there(string path, string screenshot)
    {
        await OpenAsync(_phone, path, screenshot);
        await PhoneScreen.AssertFitsAsync(_phone, path);
        await Axe.AssertAccessibleAsync(_phone);
    }

    [Test]
    public async Task Should_show_a_delivery_as_a_card_of_labelled_values_on_a_phone()
    {
        await _phone.GotoAsync("/leveringen");
        var cell = _phone.Locator("tbody tr").First.Locator("td[data-label='Uiterste datum']");
        var label = await cell.EvaluateAsync<string>("td => getComputedStyle(td, '::before').content");
        Assert.That(label, Is.EqualTo("\"Uiterste datum\""));
        await Expect(_phone.Locator("thead")).Not.ToBeInViewportAsync();
    }

    private async Task OpenAsync(IPage page, string path, string screenshot)
    {
        await page.GotoAsync(path.Replace("{receipt}", $"/leveringen/{_receipt.DeliveryId}", StringComparison.Ordinal));
        await Screenshots.SaveAsync(page, screenshot);
    }
}
