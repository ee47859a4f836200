using System.Net;
using Microsoft.Playwright;
using SignalHub.Partners;
using SignalHub.Security.Accounts;
using SignalHub.Tests.Fixtures;
using SignalHub.Tests.Security;
using static Microsoft.Playwright.Assertions;

namespace SignalHub.Browser.Tests.Partners;

/// <summary>
/// Revoking an API key cannot be undone: the first click asks, naming what will stop working, and keeps the key; the
/// partner can step back; only the second click revokes. Without JavaScript, as a locked-down office browser may run.
/// </summary>
public sealed class When_a_partner_revokes_an_api_key
{
    private SignalHubStack _stack = null!;
    private (Partner Partner, string ApiKey) _partner;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        SetDefaultExpectTimeout(15_000);
        _stack = await SignalHubStack.StartAsync(StackKind.SqliteInMemory);
        _partner = await _stack.RegisterAsync("Energie Sleutelbos", "energy");
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _stack.DisposeAsync();

    [Test]
    public async Task Should_ask_first_name_the_consequence_and_revoke_only_when_confirmed()
    {
        var user = await _stack.SignInAsync(PortalRoles.Partner, _partner.Partner.Id);
        var page = await BrowserRun.OpenAsync(_stack, javaScript: false, phone: true, user: user);
        using var api = _stack.Client(_partner.ApiKey);
        try
        {
            await page.GotoAsync("/api-sleutels");
            await page.GetByRole(AriaRole.Button, new() { Name = "Intrekken" }).First.ClickAsync();
            var question = page.Locator("[data-testid=confirm-revoke]");
            await Expect(question).ToContainTextAsync("intrekken?");
            await Expect(question).ToContainTextAsync("krijgt direct geen toegang meer tot de partner-API");
            await Expect(question).ToContainTextAsync("niet ongedaan maken");
            await Expect(question).ToBeInViewportAsync();
            Assert.That((await api.GetAsync("/api/v1/keys/")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "asking revokes nothing");

            await question.GetByRole(AriaRole.Link, new() { Name = "Nee, sleutel houden" }).ClickAsync();
            await Expect(page.Locator("[data-testid=confirm-revoke]")).ToHaveCountAsync(0);
            await Expect(page.GetByText("ingetrokken op")).ToHaveCountAsync(0);

            await page.GetByRole(AriaRole.Button, new() { Name = "Intrekken" }).First.ClickAsync();
            await page.Locator("[data-testid=confirm-revoke]").GetByRole(AriaRole.Button).ClickAsync();
            await Expect(page.GetByText("De sleutel is ingetrokken.")).ToBeVisibleAsync();
            await Expect(page.GetByText("ingetrokken op")).ToHaveCountAsync(1);
            Assert.That((await api.GetAsync("/api/v1/keys/")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "revoked");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
