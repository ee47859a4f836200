using System.Diagnostics;
using Dapper;
using SignalHub.Domain.Values;
using SignalHub.Security.Accounts;
using SignalHub.Storage;
using SignalHub.Tests.Fixtures;

namespace SignalHub.Browser.Tests.Crawl;

/// <summary>
/// Every demo role, on a desktop (1280x900) and a phone (390x844), opens every link the portal shows it, from the
/// start page on: every triage and case page of the demo month and every page of their lists (a few of each other kind
/// of page, see <see cref="DesktopPerPattern"/>). No page may answer a
/// server error, 404 or 403, or show English or a raw code, and axe must find no WCAG 2.1 A/AA violation. Every
/// failure of one role and screen is collected, with its address and the page that linked to it, into one message.
/// </summary>
// The walks share one server and one browser; two at a time keep both cores busy while a page waits for the server.
[Parallelizable(ParallelScope.Children)]
public sealed class When_every_demo_role_follows_every_link
{
    /// <summary>
    /// On a desktop every triage and case page (and every page of their lists) is opened; of other pages that differ only
    /// in ids or query values (the audit log's pages, each receipt, each filter) the first few. Axe checks the first two
    /// of each pattern: it is the slow part, and pages of one pattern share their markup.
    /// </summary>
    private const int DesktopPerPattern = 5;

    private const int AxePerPattern = 2;

    /// <summary>A phone shows the same pages in another layout: two of each pattern, each checked with axe.</summary>
    private const int PhonePerPattern = 2;

    private SignalHubStack _stack = null!;
    private readonly Stopwatch _total = new();

    public static IEnumerable<TestCaseData> Walks() =>
        DemoPortal.Accounts.SelectMany(a => new[] { new TestCaseData(a, false).SetArgDisplayNames(a, "desktop"), new TestCaseData(a, true).SetArgDisplayNames(a, "phone") });

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        var loading = Stopwatch.StartNew();
        _stack = await DemoPortal.StartAsync();
        TestContext.Progress.WriteLine($"crawl: the demo loaded in {loading.Elapsed.TotalSeconds:0.0} s");
        _total.Start();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        TestContext.Progress.WriteLine($"crawl: all roles and screens walked in {_total.Elapsed.TotalSeconds:0.0} s");
        await _stack.DisposeAsync();
    }

    private async Task<IReadOnlyList<string>> MatchesOfTheMonthAsync() =>
        [.. await _stack.Get<Database>().ReadAsync(c => c.QueryAsync<string>("SELECT id FROM matches WHERE period = @Period",
            new { Period = Period.Of(DateOnly.FromDateTime(DateTime.UtcNow)).ToString() }), CancellationToken.None)];

    [TestCaseSource(nameof(Walks))]
    public async Task Should_open_every_link_without_error_in_Dutch_and_accessible(string account, bool phone)
    {
        var user = await DemoPortal.SignInLikeAsync(_stack, account);
        var page = await BrowserRun.OpenAsync(_stack, phone: phone, user: user, axe: true);
        var crawler = phone
            ? new PortalCrawler(page, _stack.BaseAddress, PhonePerPattern, AxePerPattern, uncappedWork: false)
            : new PortalCrawler(page, _stack.BaseAddress, DesktopPerPattern, AxePerPattern, uncappedWork: true);
        try
        {
            // Where the sign-in lands this role; the logo's link to "/" is one of the links from there.
            await crawler.CrawlAsync(SignalHub.Security.Access.PortalAccess.HomeOf(user.Account.Role));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
        var screen = phone ? "phone" : "desktop";
        TestContext.Progress.WriteLine($"crawl: {account} on a {screen}: {crawler.Pages} addresses in {crawler.Elapsed.TotalSeconds:0.0} s");
        var failures = crawler.Failures.ToList();
        if (!phone && user.Account.Role is PortalRoles.Sdv or PortalRoles.Coordinator)
            foreach (var match in await MatchesOfTheMonthAsync())
                if (!crawler.Opened.Contains($"/triage/{match}"))
                    failures.Add(new CrawlFailure($"/triage/{match}", "(none)", "a match of the month that no link leads to"));
        Assert.That(failures, Is.Empty, () => $"{account} ({screen}) met {failures.Count} failure(s):\n" + string.Join("\n",
            failures.Select(f => $"  {f.Url} (linked from {f.From}): {f.Problem}")));
    }
}
