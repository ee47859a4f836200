using System.Text;
using Microsoft.Playwright;
using SignalHub.Browser.Tests.Fixtures;
using SignalHub.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace SignalHub.Browser.Tests.Upload;

/// <summary>
/// With <c>Ingestion:MaxFileBytes</c> at 2 kB: upload.js refuses a larger file before sending a byte, and the
/// server refuses it in the plain form too, each time in Dutch beside the file field.
/// </summary>
public sealed class When_a_file_is_too_large
{
    private const string Partner = "Woonstichting Groot";

    private SignalHubStack _stack = null!;
    private FilePayload _file = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        SetDefaultExpectTimeout(15_000);
        _stack = await SignalHubStack.StartAsync(StackKind.SqliteInMemory, new Dictionary<string, string?> { ["Ingestion:MaxFileBytes"] = "2048" });
        await _stack.RegisterAsync(Partner, "housing");
        var rows = Enumerable.Range(1, 60).Select(i => PartnerFiles.Row($"G-{i}", "huur", "de Groot", i.ToString(System.Globalization.CultureInfo.InvariantCulture), "2013AB")).ToArray();
        _file = new FilePayload { Name = "groot.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(PartnerFiles.Csv(rows)) };
        Assert.That(_file.Buffer, Has.Length.GreaterThan(2048));
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _stack.DisposeAsync();

    [Test]
    public async Task Should_be_refused_by_the_browser_before_it_is_sent()
    {
        var page = await BrowserRun.OpenAsync(_stack);
        try
        {
            var posts = 0;
            page.Request += (_, request) => posts += request.Method == "POST" ? 1 : 0;
            await ChooseAndSendAsync(page);
            await Expect(page.Locator("[data-progress-text]")).ToHaveTextAsync(
                "Het bestand is groter dan 2 kB, de grens van SignalHub. Splits het bestand of neem contact op met functioneel beheer.");
            Assert.That(posts, Is.Zero);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Test]
    public async Task Should_be_refused_by_the_server_without_javascript()
    {
        var page = await BrowserRun.OpenAsync(_stack, javaScript: false);
        try
        {
            await ChooseAndSendAsync(page);
            await Expect(page.Locator("#bestand-fout")).ToContainTextAsync("SignalHub neemt ten hoogste 2 kB aan");
            await Expect(page.Locator("#partner")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^[0-9a-f-]{36}$"));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private async Task ChooseAndSendAsync(IPage page)
    {
        await page.GotoAsync("/aanleveren");
        await page.GetByLabel("Partner", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = Partner });
        await page.GetByLabel("Bestand", new() { Exact = true }).SetInputFilesAsync(_file);
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanleveren" }).ClickAsync();
    }
}
