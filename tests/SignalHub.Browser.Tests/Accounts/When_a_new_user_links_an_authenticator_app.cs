using Microsoft.Playwright;
using SignalHub.Browser.Tests.Fixtures;
using SignalHub.Security.Accounts;
using SignalHub.Tests.Fixtures;
using SignalHub.Tests.Security;
using static Microsoft.Playwright.Assertions;

namespace SignalHub.Browser.Tests.Accounts;

/// <summary>
/// The first screen every user sees: after the password, a new user links an authenticator app. On a phone and on a
/// desktop the page reads as one column, headings whole, the secret in groups of four, and a QR code drawn in the page
/// itself (nothing fetched from anywhere else); the code the app then shows signs the user in.
/// </summary>
public sealed class When_a_new_user_links_an_authenticator_app
{
    private SignalHubStack _stack = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        SetDefaultExpectTimeout(15_000);
        _stack = await SignalHubStack.StartAsync(StackKind.SqliteInMemory);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _stack.DisposeAsync();

    [TestCase(false, "inloggen-koppelen")]
    [TestCase(true, "inloggen-koppelen-telefoon")]
    public async Task Should_show_one_column_a_QR_code_and_the_secret_in_groups_of_four(bool phone, string screenshot)
    {
        var name = phone ? "nieuwe-coach-telefoon" : "nieuwe-coach-bureau";
        await _stack.Get<UserStore>().AddAsync(new NewUser(name, PortalRoles.BudgetCoach, null, null, PortalUsers.Password), CancellationToken.None);
        var context = await BrowserRun.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _stack.BaseAddress.ToString(), Locale = "nl-NL", TimezoneId = "Europe/Amsterdam",
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1280, Height = 900 },
            IsMobile = phone, HasTouch = phone,
        });
        var page = await context.NewPageAsync();
        var elsewhere = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(_stack.BaseAddress.ToString().TrimEnd('/'), StringComparison.Ordinal))
                elsewhere.Add(request.Url);
        };
        try
        {
            await page.GotoAsync("/inloggen");
            await page.GetByLabel("Gebruikersnaam").FillAsync(name);
            await page.GetByLabel("Wachtwoord").FillAsync(PortalUsers.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Koppel eerst uw authenticator-app" })).ToBeVisibleAsync();
            foreach (var heading in new[] { "h1", "main h2" })
            {
                Assert.That(await LinesAsync(page.Locator(heading).First), Is.LessThanOrEqualTo(2), $"{heading} takes more than two lines");
                Assert.That(await BrokenWordsAsync(page.Locator(heading).First), Is.Empty, $"{heading} breaks inside a word");
            }
            var qr = page.Locator("main svg.totp-qr[role=img]");
            await Expect(qr).ToBeVisibleAsync();
            Assert.That((await qr.BoundingBoxAsync())!.Width, Is.GreaterThanOrEqualTo(150), "a QR code big enough to scan");
            var shown = (await page.Locator("[data-testid=totp-secret]").TextContentAsync())!.Trim();
            Assert.That(shown, Does.Match("^[A-Z2-7]{4}( [A-Z2-7]{4})+$"), "the secret in groups of four");
            Assert.That(await LinesAsync(page.Locator("[data-testid=totp-secret]")), Is.LessThanOrEqualTo(phone ? 3 : 1), "groups stay whole");
            Assert.That((await page.Locator(".single-column").BoundingBoxAsync())!.Width, Is.LessThanOrEqualTo(600), "one readable column");
            if (phone)
                await PhoneScreen.AssertFitsAsync(page, "/inloggen/code");
            await Screenshots.SaveAsync(page, screenshot);

            var secret = shown.Replace(" ", "", StringComparison.Ordinal);
            await page.GetByLabel("Code uit uw app").FillAsync(PortalUsers.CurrentCode(secret));
            await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
            await Expect(page.Locator("nav[aria-label=Hoofdmenu]")).ToBeVisibleAsync();
            Assert.That(elsewhere, Is.Empty, "nothing fetched from another site");
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    /// <summary>The words of <paramref name="element"/>'s text (between spaces and hyphens) that the screen splits over two lines.</summary>
    private static Task<string[]> BrokenWordsAsync(ILocator element) => element.EvaluateAsync<string[]>("""
        el => { const node = el.firstChild, text = node.textContent, broken = [];
                for (const m of text.matchAll(/[^\s-]+/g)) {
                    const r = document.createRange(); r.setStart(node, m.index); r.setEnd(node, m.index + m[0].length);
                    if (new Set([...r.getClientRects()].map(x => Math.round(x.bottom))).size > 1) broken.push(m[0]); }
                return broken; }
        """);

    /// <summary>How many lines the text of <paramref name="element"/> takes on the screen.</summary>
    private static Task<int> LinesAsync(ILocator element) => element.EvaluateAsync<int>("""
        el => { const r = document.createRange(); r.selectNodeContents(el);
                return new Set([...r.getClientRects()].filter(x => x.width > 0).map(x => Math.round(x.bottom))).size; }
        """);
}
