using System.Globalization;
using Dapper;
using Microsoft.Playwright;
using SignalHub.Browser.Tests.Fixtures;
using SignalHub.Partners;
using SignalHub.Storage;
using SignalHub.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;
using static SignalHub.Tests.Fixtures.PartnerFiles;

namespace SignalHub.Browser.Tests.Receipts;

/// <summary>The receipt pages its rejected rows, fifty at a time, and refreshes itself while the delivery is processed.</summary>
public sealed class When_a_receipt_is_read
{
    private SignalHubStack _stack = null!;
    private (Partner Partner, string ApiKey) _partner;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        SetDefaultExpectTimeout(15_000);
        _stack = await SignalHubStack.StartAsync(StackKind.SqliteInMemory);
        _partner = await _stack.RegisterAsync("Energie Ontvangst", "energy");
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _stack.DisposeAsync();

    [Test]
    public async Task Should_show_sixty_rejected_rows_on_two_pages()
    {
        var rows = Enumerable.Range(1, 60).Select(i => Row($"F-{i}", "energie", "Dekker", i.ToString(CultureInfo.InvariantCulture), "0999ZZ"))
            .Append(Row("F-61", "energie", "Dekker", "61", "2011AB"));
        var receipt = await _stack.UploadAsync(_partner.ApiKey, ThisMonth.Period.ToString(), Csv([.. rows]));
        var page = await BrowserRun.OpenAsync(_stack, axe: true);
        try
        {
            await page.GotoAsync($"/leveringen/{receipt.DeliveryId}");
            var table = page.Locator("#fouten ~ div table");
            await Expect(table.Locator("caption")).ToHaveTextAsync("Meldingen 1 tot en met 50 van 60");
            await Expect(table.Locator("tbody tr")).ToHaveCountAsync(50);
            await Expect(table.Locator("tbody tr").First.Locator("td[data-label=Regel]")).ToHaveTextAsync("2");

            await page.GetByRole(AriaRole.Navigation, new() { Name = "Pagina's" }).GetByRole(AriaRole.Link, new() { Name = "Volgende" }).ClickAsync();
            await Expect(table.Locator("caption")).ToHaveTextAsync("Meldingen 51 tot en met 60 van 60");
            await Expect(table.Locator("tbody tr")).ToHaveCountAsync(10);
            await Expect(table.Locator("tbody tr").Last.Locator("td[data-label=Regel]")).ToHaveTextAsync("61");
            await Expect(page.Locator("[aria-current=page]", new() { HasText = "2" })).ToBeVisibleAsync();
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Test]
    public async Task Should_refresh_itself_once_the_delivery_is_processed()
    {
        // A delivery caught mid-way: written as received, then completed while the page is open.
        var id = Guid.CreateVersion7();
        var database = _stack.Get<Database>();
        await database.InTransactionAsync((c, t) => c.ExecuteAsync("""
            INSERT INTO deliveries (id, partner_id, period, sha256, source, file_name, status, received_at, byte_count,
                                    rows_read, rows_accepted, rows_rejected, chunk_count, chunks_done)
            VALUES (@Id, @Partner, @Period, @Sha, 'portal', 'halfweg.csv', 'processing', @Now, 10, 0, 0, 0, 1, 0)
            """, new { Id = id, Partner = _partner.Partner.Id, Period = ThisMonth.Period.ToString(), Sha = id.ToString("N"), Now = DateTime.UtcNow }, t), CancellationToken.None);
        var page = await BrowserRun.OpenAsync(_stack);
        try
        {
            await page.GotoAsync($"/leveringen/{id}");
            await Expect(page.GetByTestId("status")).ToHaveTextAsync("in verwerking");
            await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "ververst vanzelf" })).ToBeVisibleAsync();

            await database.InTransactionAsync((c, t) => c.ExecuteAsync(
                "UPDATE deliveries SET status = 'completed', completed_at = @Now, rows_read = 7, rows_accepted = 7, chunks_done = 1 WHERE id = @Id",
                new { Id = id, Now = DateTime.UtcNow }, t), CancellationToken.None);
            await Expect(page.GetByTestId("status")).ToHaveTextAsync("verwerkt");
            await Expect(page.GetByTestId("rows-accepted")).ToHaveTextAsync("7");
            await Expect(page.GetByText("ververst vanzelf")).ToHaveCountAsync(0);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
