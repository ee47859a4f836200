using Microsoft.Playwright;
using SignalHub.Browser.Tests.Accessibility;
using SignalHub.Browser.Tests.Fixtures;
using SignalHub.Security.Accounts;
using SignalHub.Tests.Fixtures;
using SignalHub.Tests.Security;
using static Microsoft.Playwright.Assertions;

namespace SignalHub.Browser.Tests.Administration;

/// <summary>
/// The overview, the administration pages, the audit log and the partner's API keys, with a month of four partners, on a
/// desktop and on a phone: no serious or critical axe violation, nothing wider than the phone, a screenshot of each.
/// </summary>
public sealed class When_each_admin_page_is_checked_with_axe
{
    private SignalHubStack _stack = null!;
    private readonly Dictionary<(bool Phone, bool Partner), IPage> _pages = [];

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        SetDefaultExpectTimeout(15_000);
        _stack = await SignalHubStack.StartAsync(StackKind.SqliteInMemory);
        await DemoDeliveries.DeliverAsync(_stack);
        var partner = (await _stack.Get<SignalHub.Partners.PartnerStore>().ListAsync(CancellationToken.None))[0];
        foreach (var phone in new[] { false, true })
        {
            _pages[(phone, false)] = await BrowserRun.OpenAsync(_stack, phone: phone, axe: true);
            _pages[(phone, true)] = await BrowserRun.OpenAsync(_stack, phone: phone, axe: true,
                user: await _stack.SignInAsync(PortalRoles.Partner, partner.Id));
        }
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        foreach (var page in _pages.Values)
            await page.Context.CloseAsync();
        await _stack.DisposeAsync();
    }

    [TestCase("/", "overzicht-coordinator")]
    [TestCase("/beheer/partners", "beheer-partners")]
    [TestCase("/beheer/gebieden", "beheer-gebieden")]
    [TestCase("/beheer/sdv-clienten", "beheer-sdv-clienten")]
    [TestCase("/beheer/gebruikers", "beheer-gebruikers")]
    [TestCase("/audit", "auditlog")]
    [TestCase("/api-sleutels", "api-sleutels")]
    public async Task Should_have_no_serious_or_critical_violations_on_a_desktop(string path, string screenshot)
    {
        var page = await OpenAsync(phone: false, path, screenshot + "-desktop");
        await Axe.AssertAccessibleAsync(page);
    }

    [TestCase("/", "overzicht-coordinator")]
    [TestCase("/beheer/partners", "beheer-partners")]
    [TestCase("/beheer/gebieden", "beheer-gebieden")]
    [TestCase("/beheer/sdv-clienten", "beheer-sdv-clienten")]
    [TestCase("/beheer/gebruikers", "beheer-gebruikers")]
    [TestCase("/audit", "auditlog")]
    [TestCase("/api-sleutels", "api-sleutels")]
    public async Task Should_fit_a_phone_and_have_no_serious_or_critical_violations_there(string path, string screenshot)
    {
        var page = await OpenAsync(phone: true, path, screenshot + "-telefoon");
        await PhoneScreen.AssertFitsAsync(page, path);
        await Axe.AssertAccessibleAsync(page);
    }

    [Test]
    public async Task A_form_sent_with_errors_should_have_no_serious_or_critical_violations()
    {
        var page = _pages[(false, false)];
        await page.GotoAsync("/beheer/partners");
        await page.GetByRole(AriaRole.Button, new() { Name = "Partner aanmelden" }).ClickAsync();
        await Expect(page.Locator("#naam-fout")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "beheer-partners-fouten");
        await Axe.AssertAccessibleAsync(page);
    }

    private async Task<IPage> OpenAsync(bool phone, string path, string screenshot)
    {
        var page = _pages[(phone, path == "/api-sleutels")];
        await page.GotoAsync(path);
        await Screenshots.SaveAsync(page, screenshot);
        return page;
    }
}
