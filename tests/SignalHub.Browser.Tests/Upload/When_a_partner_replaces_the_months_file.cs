using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SignalHub.Browser.Tests.Fixtures;
using SignalHub.Ingestion;
using SignalHub.Security.Accounts;
using SignalHub.Tests.Fixtures;
using SignalHub.Tests.Security;
using static Microsoft.Playwright.Assertions;
using static SignalHub.Tests.Fixtures.PartnerFiles;

namespace SignalHub.Browser.Tests.Upload;

/// <summary>
/// A partner delivered the month's file and now uploads a small correction. Before anything is stored the portal says
/// which delivery the file replaces and how many signals it will withdraw, and asks to confirm (a plain form, no script
/// needed); the receipt then says what happened. The same file sent again is named as already delivered, on the page.
/// </summary>
public sealed partial class When_a_partner_replaces_the_months_file
{
    private const string FirstFile = "huur-eerste-levering.csv";
    private static readonly string First = Csv(Row("V-1", "huur", "Akker", "1", "2011AB"), Row("V-2", "huur", "Beek", "3", "2011AB"),
        Row("V-3", "huur", "Dijk", "5", "2011AB"), Row("V-4", "huur", "Veld", "7", "2011AB"));

    private SignalHubStack _stack = null!;
    private SignedInUser _partner = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        SetDefaultExpectTimeout(15_000);
        _stack = await SignalHubStack.StartAsync(StackKind.SqliteInMemory);
        var (partner, _) = await _stack.RegisterAsync("Woonstichting Correctie", "housing");
        var intake = _stack.Get<DeliveryIntake>();
        await intake.AcceptAsync(partner.Id, ThisMonth.Period, Stream(First), FirstFile, "portal", CancellationToken.None);
        await _stack.WaitUntilIdleAsync();
        _partner = await _stack.SignInAsync(PortalRoles.Partner, partnerId: partner.Id);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _stack.DisposeAsync();

    [Test]
    public async Task Should_warn_what_the_correction_replaces_and_say_afterwards_what_it_did()
    {
        var page = await BrowserRun.OpenAsync(_stack, javaScript: false, user: _partner);
        try
        {
            await page.GotoAsync("/aanleveren");
            await ChooseAsync(page, "correctie.csv", Csv(Row("V-1", "huur", "Akker", "1", "2011AB"), Row("V-5", "huur", "Zand", "9", "2011AB")));
            await page.GetByRole(AriaRole.Button, new() { Name = "Aanleveren" }).ClickAsync();

            var warning = page.Locator("[data-testid=replacement-warning]");
            await Expect(warning).ToContainTextAsync("vervangt de levering van");
            await Expect(warning.Locator("[data-testid=replaces]")).ToContainTextAsync($"{FirstFile}, 4 regels");
            await Expect(warning.Locator("[data-testid=withdraws]")).ToContainTextAsync("3 signalen uit de eerdere levering staan niet in het nieuwe bestand en worden ingetrokken");
            await Screenshots.SaveAsync(page, "vervangen-waarschuwing");
            Assert.That(await _stack.CountAsync("SELECT COUNT(*) FROM deliveries"), Is.EqualTo(1), "nothing is stored before the partner confirms");

            await page.GetByRole(AriaRole.Button, new() { Name = "Ja, vervang de levering" }).ClickAsync();
            await page.WaitForURLAsync(ReceiptAddress());
            await _stack.WaitUntilIdleAsync();
            await page.ReloadAsync();
            await Expect(page.Locator("[data-testid=replacement]")).ToContainTextAsync($"Deze levering vervangt de levering van");
            await Expect(page.Locator("[data-testid=replacement]")).ToContainTextAsync($"({FirstFile}); 3 signalen ingetrokken.");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Test]
    public async Task Should_say_on_the_page_that_the_same_file_was_already_delivered()
    {
        var page = await BrowserRun.OpenAsync(_stack, user: _partner);
        try
        {
            await page.GotoAsync("/aanleveren");
            await ChooseAsync(page, FirstFile, First);
            await page.GetByRole(AriaRole.Button, new() { Name = "Aanleveren" }).ClickAsync();
            var notice = page.Locator("[data-testid=already-delivered]");
            await Expect(notice).ToContainTextAsync("Dit bestand is al aangeleverd op");
            await Expect(notice).ToContainTextAsync($"({FirstFile}). Er is niets opnieuw verwerkt.");
            Assert.That(page.Url, Does.Not.Contain("dubbel"));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Test]
    public async Task Should_store_nothing_when_the_partner_says_no()
    {
        var page = await BrowserRun.OpenAsync(_stack, javaScript: false, user: _partner);
        try
        {
            var before = await _stack.CountAsync("SELECT COUNT(*) FROM deliveries");
            await page.GotoAsync("/aanleveren");
            await ChooseAsync(page, "vergissing.csv", Csv(Row("X-1", "huur", "Mol", "2", "2011AB")));
            await page.GetByRole(AriaRole.Button, new() { Name = "Aanleveren" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Nee, niet aanleveren" }).ClickAsync();
            await Expect(page.Locator("[data-testid=cancelled]")).ToContainTextAsync("Het bestand is niet aangeleverd");
            Assert.Multiple(async () =>
            {
                Assert.That(await _stack.CountAsync("SELECT COUNT(*) FROM deliveries"), Is.EqualTo(before));
                Assert.That(await _stack.CountAsync("SELECT COUNT(*) FROM pending_uploads"), Is.Zero);
            });
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static Task ChooseAsync(IPage page, string name, string csv) =>
        page.GetByLabel("Bestand", new() { Exact = true }).SetInputFilesAsync(new FilePayload
        {
            Name = name,
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(csv),
        });

    [GeneratedRegex("/leveringen/[0-9a-f-]{36}")]
    private static partial Regex ReceiptAddress();
}
