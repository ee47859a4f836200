using Microsoft.Playwright;
using SignalHub.Browser.Tests.Fixtures;
using SignalHub.Partners;
using SignalHub.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;
using static SignalHub.Tests.Fixtures.PartnerFiles;

namespace SignalHub.Browser.Tests.Feedback;

/// <summary>A partner reads the status of each signal it sent and withdraws one that was paid, in the portal: the reason
/// must be chosen, and a second step names what withdrawing does before anything happens.</summary>
public sealed class When_a_partner_follows_its_signals
{
    private SignalHubStack _stack = null!;
    private (Partner Partner, string ApiKey) _partner;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        SetDefaultExpectTimeout(15_000);
        _stack = await SignalHubStack.StartAsync(StackKind.SqliteInMemory);
        _partner = await _stack.RegisterAsync("Waterbedrijf Terugkoppeling", "water");
        await _stack.UploadAsync(_partner.ApiKey, ThisMonth.Period.ToString(),
            Csv(Row("W-1", "water", "Dekker", "12", "2011AB"), Row("W-2", "water", "Visser", "14", "2011AB"), Row("W-3", "water", "Smit", "0", "2011AB")));
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _stack.DisposeAsync();

    [Test]
    public async Task Should_show_each_signal_and_withdraw_one()
    {
        var page = await BrowserRun.OpenAsync(_stack, phone: true);
        try
        {
            await page.GotoAsync($"/terugkoppeling?partner={_partner.Partner.Id}&periode={ThisMonth.Period}");
            var signals = page.Locator("[data-testid=signals] tbody tr");
            await Expect(signals).ToHaveCountAsync(2);
            await Expect(page.Locator("[data-testid=quality]")).ToContainTextAsync("2 / 1");

            var paid = page.Locator("tr[data-reference='W-1']");
            await Expect(paid.GetByLabel("Reden om W-1 in te trekken")).ToHaveValueAsync("");
            await paid.GetByRole(AriaRole.Button, new() { Name = "Intrekken" }).ClickAsync();
            var summary = page.Locator("#foutoverzicht");
            await Expect(summary).ToContainTextAsync("Kies waarom u het signaal intrekt.");
            await Expect(summary).ToBeFocusedAsync();
            await Expect(summary).ToBeInViewportAsync();

            paid = page.Locator("tr[data-reference='W-1']");
            await paid.GetByLabel("Reden om W-1 in te trekken").SelectOptionAsync("paid");
            await paid.GetByRole(AriaRole.Button, new() { Name = "Intrekken" }).ClickAsync();
            var question = page.Locator("[data-testid=confirm-withdraw]");
            await Expect(question).ToContainTextAsync("Signaal W-1 intrekken?");
            await Expect(question).ToContainTextAsync("Reden: Achterstand betaald");
            await Expect(question).ToContainTextAsync("niet ongedaan maken");
            await Expect(question).ToBeInViewportAsync();
            await Expect(page.Locator("tr[data-reference='W-1'] [data-testid=status]")).Not.ToHaveTextAsync("Ingetrokken door partner");
            await question.GetByRole(AriaRole.Button, new() { Name = "Ja, signaal W-1 intrekken" }).ClickAsync();

            await Expect(page.Locator("[data-testid=withdrawn]")).ToContainTextAsync("W-1");
            await Expect(page.Locator("tr[data-reference='W-1'] [data-testid=status]")).ToHaveTextAsync("Ingetrokken door partner");
            await Expect(page.Locator("tr[data-reference='W-1'] form")).ToHaveCountAsync(0);
            await Expect(page.Locator("tr[data-reference='W-2'] [data-testid=status]")).Not.ToHaveTextAsync("Ingetrokken door partner");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
