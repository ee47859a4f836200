using System.Text.Json;
using Microsoft.Playwright;
using SignalHub.Browser.Tests.Fixtures;
using SignalHub.Demo;
using SignalHub.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;

namespace SignalHub.Browser.Tests.Reporting;

/// <summary>
/// A coordinator wants the month's DDAS export for CBS from /rapportage. Where the delivery to CBS is not set up, the
/// page says so in Dutch with what functioneel beheer must still set (no failed download, no configuration keys), and
/// the audit log records the refusal as it was answered; in the demo's configuration the download simply works.
/// </summary>
public sealed class When_a_coordinator_downloads_the_ddas_export
{
    [Test]
    public async Task Should_say_in_Dutch_why_the_export_cannot_be_made_yet()
    {
        await using var stack = await SignalHubStack.StartAsync(StackKind.SqliteInMemory);
        await DemoDeliveries.DeliverAsync(stack, households: 10);
        var page = await BrowserRun.OpenAsync(stack);
        try
        {
            await page.GotoAsync("/rapportage");
            var unavailable = page.Locator("[data-testid=ddas-unavailable]");
            await Expect(unavailable).ToContainTextAsync("De DDAS-export voor CBS is nog niet beschikbaar");
            await Expect(unavailable.Locator("[data-testid=ddas-missing] li")).ToHaveTextAsync(
            [
                "de gemeentecode van CBS (vier cijfers)", "de code die CBS aan de gegevensleverancier gaf",
                "de naam van de aanleverende organisatie", "ten minste één contactpersoon voor CBS",
            ]);
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Download de DDAS-export (CBS)" })).ToHaveCountAsync(0);
            await Expect(page.Locator("main")).Not.ToContainTextAsync("Export:Ddas");

            // An old bookmark of the download: the report page again, the reason on top, answered 409 and audited as 409.
            var response = await page.GotoAsync($"/rapportage?handler=ddas&periode={ThisMonth.Period}");
            Assert.That(response!.Status, Is.EqualTo(409));
            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("De DDAS-export kan nog niet worden gemaakt");
            await Expect(page.Locator("[data-testid=ddas-refusal] [data-testid=ddas-missing] li")).ToHaveCountAsync(4);
            await Expect(page.Locator("main")).Not.ToContainTextAsync("Export:Ddas");
            Assert.That(await stack.CountAsync(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'GET /rapportage' AND detail LIKE 'status 409?handler=ddas%'"), Is.EqualTo(1));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Test]
    public async Task Should_download_the_export_in_the_demo_configuration()
    {
        await using var stack = await SignalHubStack.StartAsync(StackKind.SqliteInMemory, configure: DemoDdas.AddTo);
        await DemoDeliveries.DeliverAsync(stack, households: 10);
        var page = await BrowserRun.OpenAsync(stack);
        try
        {
            await page.GotoAsync("/rapportage");
            await Expect(page.Locator("[data-testid=ddas-unavailable]")).ToHaveCountAsync(0);
            var download = await page.RunAndWaitForDownloadAsync(() =>
                page.GetByRole(AriaRole.Link, new() { Name = "Download de DDAS-export (CBS)" }).ClickAsync());
            Assert.That(download.SuggestedFilename, Is.EqualTo($"ddas-{ThisMonth.Period}.json"));
            using var document = JsonDocument.Parse(await File.ReadAllTextAsync((await download.PathAsync())!));
            var levering = document.RootElement.GetProperty("leveringen")[0];
            Assert.Multiple(() =>
            {
                Assert.That(document.RootElement.GetProperty("codeGegevensleverancier").GetString(), Is.EqualTo("SIGNALHUB-DEMO"));
                Assert.That(levering.GetProperty("gemeentecode").GetString(), Is.EqualTo("0999"));
                Assert.That(levering.GetProperty("vroegsignalen").GetArrayLength(), Is.Positive);
            });
            Assert.That(await stack.CountAsync(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'GET /rapportage' AND detail LIKE 'status 200?handler=ddas%'"), Is.EqualTo(1));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
