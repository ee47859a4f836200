using Microsoft.Playwright;
using SignalHub.Browser.Tests.Fixtures;
using SignalHub.Security.Accounts;
using SignalHub.Tests.Fixtures;
using SignalHub.Tests.Security;

namespace SignalHub.Browser.Tests;

/// <summary>
/// One headless Chromium for the whole run; each fixture starts its own SignalHub (SQLite + in-memory bus) on a free
/// loopback port and opens its own browser contexts against it.
/// </summary>
[SetUpFixture]
public sealed class BrowserRun
{
    private static IPlaywright? _playwright;
    private static IBrowser? _browser;

    public static IBrowser Browser => _browser ?? throw new InvalidOperationException("the browser has not started");

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        var executable = ChromiumExecutable.Require();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ChromiumExecutable.Flags,
            Timeout = 60_000,
        });
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_browser is not null)
            await _browser.CloseAsync();
        _playwright?.Dispose();
    }

    /// <summary>
    /// A fresh browser context (cookies, storage) on <paramref name="stack"/>: Dutch, Amsterdam time, desktop or phone size,
    /// signed in as a new coordinator (who may open every page), or as <paramref name="user"/>. The axe check injects its
    /// script inline, which the portal's Content-Security-Policy forbids, so only the contexts that run it bypass the policy;
    /// the other journeys run the portal (upload.js, receipt.js) under the policy itself.
    /// </summary>
    public static async Task<IPage> OpenAsync(SignalHubStack stack, bool javaScript = true, bool phone = false, SignedInUser? user = null,
        bool axe = false)
    {
        user ??= await stack.SignInAsync(PortalRoles.Coordinator);
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = stack.BaseAddress.ToString(),
            Locale = "nl-NL",
            TimezoneId = "Europe/Amsterdam",
            JavaScriptEnabled = javaScript,
            AcceptDownloads = true,
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1280, Height = 900 },
            IsMobile = phone,
            HasTouch = phone,
            BypassCSP = axe,
        });
        // Not marked Secure: the test stack speaks plain HTTP on loopback.
        await context.AddCookiesAsync([new Cookie { Name = user.SessionCookie.Key, Value = user.SessionCookie.Value, Url = stack.BaseAddress.ToString() }]);
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }
}
