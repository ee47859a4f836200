using Microsoft.Playwright;
using SignalHub.Browser.Tests.Accessibility;
using SignalHub.Browser.Tests.Fixtures;
using SignalHub.Tests.Dispatch;
using SignalHub.Tests.Dispatch.Portal;
using SignalHub.Tests.Fixtures;

namespace SignalHub.Browser.Tests.Triage;

/// <summary>
/// The triage queue, a match with a known-client hit (as a coordinator, so every form shows) and the cases without a
/// team, on a desktop and a phone: no serious or critical axe violation, no sideways scrolling, a screenshot each.
/// </summary>
public sealed class When_the_triage_pages_are_checked_with_axe
{
    private SignalHubStack _stack = null!;
    private IPage _desktop = null!;
    private IPage _phone = null!;
    private Guid _match;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _stack = await SignalHubStack.StartAsync(StackKind.SqliteInMemory);
        await TriageScenario.LoadAsync(_stack);
        _match = await _stack.MatchIdAsync(TriageScenario.October, "2011AB", 26);
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

    [TestCase("/triage?team=Wijkteam+Noord", "triage-gefilterd")]
    [TestCase("{match}", "triage-match")]
    [TestCase("{match}?handler=Afwijzen", "triage-match-fout")]
    [TestCase("/triage/zonder-team", "triage-zonder-team")]
    public async Task Should_have_no_serious_or_critical_violations_on_a_desktop(string path, string screenshot)
    {
        await OpenAsync(_desktop, path, screenshot);
        await Axe.AssertAccessibleAsync(_desktop);
    }

    [TestCase("/triage?team=Wijkteam+Noord", "triage-gefilterd-telefoon")]
    [TestCase("{match}", "triage-match-telefoon")]
    [TestCase("/triage/zonder-team", "triage-zonder-team-telefoon")]
    public async Task Should_fit_a_phone_and_have_no_serious_or_critical_violations_there(string path, string screenshot)
    {
        await OpenAsync(_phone, path, screenshot);
        await PhoneScreen.AssertFitsAsync(_phone, path);
        await Axe.AssertAccessibleAsync(_phone);
    }

    private async Task OpenAsync(IPage page, string path, string screenshot)
    {
        if (path.EndsWith("?handler=Afwijzen", StringComparison.Ordinal))
        {
            // The page with its error message: reject without a reason.
            await page.GotoAsync($"/triage/{_match}");
            await page.GetByRole(AriaRole.Button, new() { Name = "Wijs af: niet bekend bij SDV" }).ClickAsync();
            await page.Locator("#afwijsreden-fout").WaitForAsync();
        }
        else
        {
            await page.GotoAsync(path.Replace("{match}", $"/triage/{_match}", StringComparison.Ordinal));
        }
        await Screenshots.SaveAsync(page, screenshot);
    }
}
