using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SignalHub.Browser.Tests.Accessibility;
using SignalHub.Browser.Tests.Fixtures;
using SignalHub.Partners;
using SignalHub.Portal;
using SignalHub.Tests.Fixtures;
using static Microsoft.Playwright.Assertions;
using static SignalHub.Tests.Fixtures.PartnerFiles;

namespace SignalHub.Browser.Tests.Journey;

/// <summary>
/// The partner's month in the portal: the energy company has delivered by API; the housing corporation uploads its
/// file with one bad row in the browser, reads the receipt, downloads the error report and finds the delivery in its
/// history; then SDV sees the door both reported in triage and the case that went to the wijkteam.
/// </summary>
[NonParallelizable]
public sealed partial class When_a_partner_delivers_the_month_in_the_portal
{
    private const string Housing = "Woonstichting Duinzicht";
    private const string Energy = "Energie Kustlicht";

    private SignalHubStack _stack = null!;
    private IPage _page = null!;
    private Partner _housing = null!;
    private string _periodOffered = "";
    private string _receiptUrl = "";

    [OneTimeSetUp]
    public async Task UploadInTheBrowserAsync()
    {
        SetDefaultExpectTimeout(15_000);
        _stack = await SignalHubStack.StartAsync(StackKind.SqliteInMemory);
        await _stack.AddAreaAsync("2011AA", "2013ZZ", "Wijkteam Noord");
        var energyKey = (await _stack.RegisterAsync(Energy, "energy")).ApiKey;
        _housing = (await _stack.RegisterAsync(Housing, "housing")).Partner;
        await _stack.UploadAsync(energyKey, ThisMonth.Period.ToString(), Csv(Row("E-1", "energie", "JANSEN", "211", "2013 xy", amount: "€ 1.234,56")));

        _page = await BrowserRun.OpenAsync(_stack, axe: true);
        await _page.GotoAsync("/aanleveren");
        await Screenshots.SaveAsync(_page, "aanleveren");
        _periodOffered = await _page.GetByLabel("Maand van de achterstanden").InputValueAsync();
        await _page.GetByLabel("Partner", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = Housing });
        await _page.GetByLabel("Bestand", new() { Exact = true }).SetInputFilesAsync(new FilePayload
        {
            Name = $"huur-{ThisMonth.Period}.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(Csv(
                Row("R-1", "huur", "Jansen", "211", "2013XY"),
                Row("R-2", "huur", "Visser", "14", "2012AB"),
                Row("R-3", "huur", "Mulder", "9", "0123AB"))),
        });
        await _page.GetByRole(AriaRole.Button, new() { Name = "Aanleveren" }).ClickAsync();
        await _page.WaitForURLAsync(ReceiptAddress());
        // receipt.js reloads the page once the delivery is final.
        await Expect(_page.GetByTestId("status")).ToHaveTextAsync("verwerkt", new() { Timeout = 60_000 });
        _receiptUrl = _page.Url;
        await _stack.WaitUntilIdleAsync();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _page.Context.CloseAsync();
        await _stack.DisposeAsync();
    }

    [Test]
    public void Should_offer_this_month_as_the_period() => Assert.That(_periodOffered, Is.EqualTo(ThisMonth.Period.ToString()));

    [Test]
    public async Task Should_show_the_receipt_as_processed_with_the_rejected_row_and_its_field()
    {
        await _page.GotoAsync(_receiptUrl);
        await Expect(_page.GetByTestId("status")).ToHaveTextAsync("verwerkt");
        await Expect(_page.GetByTestId("rows-read")).ToHaveTextAsync("3");
        await Expect(_page.GetByTestId("rows-accepted")).ToHaveTextAsync("2");
        await Expect(_page.GetByTestId("rows-rejected")).ToHaveTextAsync("1");
        var row = _page.Locator("#fouten ~ div table tbody tr");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.Locator("td[data-label=Regel]")).ToHaveTextAsync("4");
        await Expect(row.Locator("td[data-label=Veld]")).ToHaveTextAsync("postcode");
        await Expect(row.Locator("td[data-label=Melding]")).ToContainTextAsync("De postcode is geen Nederlandse postcode");
        await Expect(row.Locator("td[data-label=Melding]")).Not.ToContainTextAsync("0123AB");
        await Screenshots.SaveAsync(_page, "ontvangstbewijs");
        await Axe.AssertAccessibleAsync(_page);
    }

    [Test]
    public async Task Should_download_the_error_report_as_csv()
    {
        await _page.GotoAsync(_receiptUrl);
        var download = await _page.RunAndWaitForDownloadAsync(() =>
            _page.GetByRole(AriaRole.Link, new() { Name = "Foutenrapport downloaden" }).ClickAsync());
        var path = await download.PathAsync();
        var lines = (await File.ReadAllLinesAsync(path, Encoding.UTF8)).Where(l => l.Length > 0).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(download.SuggestedFilename, Does.StartWith("fouten-").And.EndWith(".csv"));
            Assert.That(lines, Has.Count.EqualTo(2));
            Assert.That(lines[0].TrimStart('\uFEFF'), Is.EqualTo("regel;veld;melding;code"));
            Assert.That(lines[1], Does.StartWith("4;\"postcode\";\"De postcode is geen Nederlandse postcode").And.Not.Contain("0123AB")
                .And.EndWith(";\"postcode.invalid\""));
        });
    }

    [Test]
    public async Task Should_list_the_delivery_with_the_deadline_of_its_month()
    {
        await _page.GotoAsync($"/leveringen?partner={_housing.Id}");
        var row = _page.GetByTestId("deliveries").Locator("tbody tr");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.Locator("td[data-label=Maand]")).ToHaveTextAsync(Labels.Period(ThisMonth.Period));
        await Expect(row.Locator("td[data-label='Uiterste datum']")).ToHaveTextAsync(Labels.Date(ThisMonth.Period.DeadlineDay(ThisMonth.DeadlineDay)));
        await Expect(row.Locator("td[data-label='Maand geleverd']")).ToHaveTextAsync(DateTime.UtcNow < ThisMonth.Deadline ? "op tijd" : "te laat");
        await Expect(row.Locator("td[data-label=Status]")).ToHaveTextAsync("verwerkt");
        await Expect(row.Locator("td[data-label=Afgekeurd]")).ToHaveTextAsync("1");
        await Screenshots.SaveAsync(_page, "leveringen");
        await row.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(_page).ToHaveURLAsync(_receiptUrl);
    }

    [Test]
    public async Task Should_show_the_door_both_partners_reported_in_the_overview_triage_and_cases()
    {
        await _page.GotoAsync("/");
        await Expect(_page.Locator("table tbody tr", new() { HasText = Housing })).ToContainTextAsync("verwerkt");
        await Screenshots.SaveAsync(_page, "overzicht");

        await _page.GotoAsync("/triage");
        var door = _page.Locator("table tbody tr", new() { HasText = "2013XY" });
        await Expect(door).ToHaveCountAsync(1);
        await Expect(door).ToContainTextAsync(Housing);
        await Expect(door).ToContainTextAsync(Energy);
        await Screenshots.SaveAsync(_page, "triage");

        await _page.GotoAsync("/zaken");
        await Expect(_page.Locator("table tbody tr", new() { HasText = "Wijkteam Noord" }).First).ToBeVisibleAsync();
        await Screenshots.SaveAsync(_page, "zaken");
    }

    [GeneratedRegex("/leveringen/[0-9a-f-]{36}")]
    private static partial Regex ReceiptAddress();
}
