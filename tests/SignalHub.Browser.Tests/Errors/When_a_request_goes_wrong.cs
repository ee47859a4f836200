using System.Net;
using Microsoft.Playwright;
using SignalHub.Browser.Tests.Fixtures;
using SignalHub.Security.Accounts;
using SignalHub.Tests.Fixtures;
using SignalHub.Tests.Security;
using static Microsoft.Playwright.Assertions;

namespace SignalHub.Browser.Tests.Errors;

/// <summary>A wrong address, a form without its antiforgery token or a body over the limit: a Dutch page, never a stack trace.</summary>
public sealed class When_a_request_goes_wrong
{
    private SignalHubStack _stack = null!;
    private IPage _page = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        SetDefaultExpectTimeout(15_000);
        _stack = await SignalHubStack.StartAsync(StackKind.SqliteInMemory, new Dictionary<string, string?> { ["Ingestion:MaxFileBytes"] = "2048" });
        _page = await BrowserRun.OpenAsync(_stack);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _page.Context.CloseAsync();
        await _stack.DisposeAsync();
    }

    [TestCase("/leveringen/3f1d0c4e-0000-7000-8000-000000000000", 404, "Pagina niet gevonden")]
    [TestCase("/leveringen/3f1d0c4e-0000-7000-8000-000000000000/fouten", 404, "Pagina niet gevonden")]
    [TestCase("/leveringen/3f1d0c4e-0000-7000-8000-000000000000/onbekend", 404, "Pagina niet gevonden")]
    [TestCase("/leveringen/geen-kenmerk", 404, "Pagina niet gevonden")]
    [TestCase("/bestaat-niet", 404, "Pagina niet gevonden")]
    public async Task Should_answer_a_wrong_address_with_a_dutch_page(string path, int status, string title)
    {
        var response = await _page.GotoAsync(path);
        Assert.That(response!.Status, Is.EqualTo(status));
        await Expect(_page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await Expect(_page.Locator("body")).Not.ToContainTextAsync("Exception");
    }

    [Test]
    public async Task Should_refuse_a_form_without_its_antiforgery_token_in_dutch()
    {
        using var client = (await _stack.SignInAsync(PortalRoles.Coordinator)).Session;
        using var form = new MultipartFormDataContent { { new StringContent("2026-11"), "periode" }, { new ByteArrayContent("a;b\n"u8.ToArray()), "bestand", "x.csv" } };
        using var response = await client.PostAsync("/aanleveren", form);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(body, Does.Contain("Verzoek niet verwerkt"));
            Assert.That(body, Does.Not.Contain("Exception").And.Not.Contain("   at "));
        });
    }

    [Test]
    public async Task Should_refuse_a_body_far_over_the_limit_before_reading_it()
    {
        using var client = (await _stack.SignInAsync(PortalRoles.Coordinator)).Session;
        using var form = new MultipartFormDataContent { { new ByteArrayContent(new byte[2 * 1024 * 1024]), "bestand", "groot.csv" } };
        using var response = await client.PostAsync("/aanleveren", form);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
            Assert.That(body, Does.Contain("Bestand te groot"));
        });
    }
}
