using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SignalHub.Browser.Tests.Fixtures;
using SignalHub.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;
using static SignalHub.Tests.Fixtures.PartnerFiles;

namespace SignalHub.Browser.Tests.Upload;

/// <summary>
/// The two ways a file travels: dropped on the form and sent by upload.js with a progress bar, or, without
/// JavaScript, chosen and posted as a plain form that answers with the receipt.
/// </summary>
public sealed partial class When_a_file_is_delivered_in_the_browser
{
    private const string Partner = "Woonstichting Upload";

    /// <summary>Its own partner: a second file of the month for the same partner would ask to confirm the replacement.</summary>
    private const string PartnerWithoutScript = "Woonstichting Zonder Script";

    private SignalHubStack _stack = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        SetDefaultExpectTimeout(15_000);
        _stack = await SignalHubStack.StartAsync(StackKind.SqliteInMemory);
        await _stack.RegisterAsync(Partner, "housing");
        await _stack.RegisterAsync(PartnerWithoutScript, "housing");
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _stack.DisposeAsync();

    [Test]
    public async Task Should_take_a_dropped_file_and_show_the_progress_of_its_upload()
    {
        var page = await BrowserRun.OpenAsync(_stack);
        try
        {
            await page.GotoAsync("/aanleveren");
            await page.GetByLabel("Partner", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = Partner });
            var csv = Csv(Row("D-1", "huur", "de Wit", "3", "2014AB"), Row("D-2", "huur", "Kok", "5", "2014AB"));
            var drop = await page.EvaluateHandleAsync("""
                csv => {
                    const transfer = new DataTransfer();
                    transfer.items.add(new File([csv], 'gesleept.csv', { type: 'text/csv' }));
                    return transfer;
                }
                """, csv);
            await page.Locator("[data-drop-zone]").DispatchEventAsync("drop", new { dataTransfer = drop });
            await Expect(page.Locator("[data-file-name]")).ToHaveTextAsync("Gekozen: gesleept.csv (1 kB)");

            // The page is gone once the receipt opens, so what the progress bar showed is kept in sessionStorage.
            await page.EvaluateAsync("""
                () => {
                    const bar = document.querySelector('progress');
                    const status = document.querySelector('[data-progress-text]');
                    const keep = () => sessionStorage.setItem('upload', JSON.stringify({
                        shown: !bar.closest('[data-progress]').hidden, value: bar.value, status: status.textContent }));
                    new MutationObserver(keep).observe(bar.closest('[data-progress]'), { attributes: true, childList: true, subtree: true, characterData: true });
                }
                """);
            await page.GetByRole(AriaRole.Button, new() { Name = "Aanleveren" }).ClickAsync();
            await page.WaitForURLAsync(ReceiptAddress());
            var upload = await page.EvaluateAsync<System.Text.Json.JsonElement>("() => JSON.parse(sessionStorage.getItem('upload'))");
            Assert.Multiple(() =>
            {
                Assert.That(upload.GetProperty("shown").GetBoolean(), Is.True, "the progress bar was shown");
                Assert.That(upload.GetProperty("value").GetDouble(), Is.EqualTo(100), "the progress bar reached its end");
                Assert.That(upload.GetProperty("status").GetString(), Is.EqualTo("Geüpload; SignalHub slaat het bestand op."));
            });
            await Expect(page.GetByTestId("rows-accepted")).ToHaveTextAsync("2", new() { Timeout = 60_000 });
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Test]
    public async Task Should_post_the_plain_form_and_answer_with_the_receipt_without_javascript()
    {
        var page = await BrowserRun.OpenAsync(_stack, javaScript: false);
        try
        {
            await page.GotoAsync("/aanleveren");
            await Expect(page.Locator("[data-drop-hint]")).ToBeHiddenAsync();
            await page.GetByLabel("Partner", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = PartnerWithoutScript });
            await page.GetByLabel("Bestand", new() { Exact = true }).SetInputFilesAsync(new FilePayload
            {
                Name = "zonder-script.csv",
                MimeType = "text/csv",
                Buffer = Encoding.UTF8.GetBytes(Csv(Row("N-1", "huur", "Bos", "8", "2015CD"), Row("N-2", "huur", "Vos", "x", "2015CD"))),
            });
            await page.GetByRole(AriaRole.Button, new() { Name = "Aanleveren" }).ClickAsync();
            await page.WaitForURLAsync(ReceiptAddress());
            // Without receipt.js the partner refreshes by hand until the delivery is final.
            for (var attempt = 0; attempt < 60 && await page.GetByRole(AriaRole.Link, new() { Name = "Nu verversen" }).CountAsync() > 0; attempt++)
            {
                await Task.Delay(500);
                await page.GetByRole(AriaRole.Link, new() { Name = "Nu verversen" }).ClickAsync();
            }
            await Expect(page.GetByTestId("status")).ToHaveTextAsync("verwerkt");
            await Expect(page.GetByTestId("rows-rejected")).ToHaveTextAsync("1");
            await Expect(page.Locator("td[data-label=Veld]")).ToHaveTextAsync("huisnummer");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [GeneratedRegex("/leveringen/[0-9a-f-]{36}")]
    private static partial Regex ReceiptAddress();
}
