using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SignalHub.Browser.Tests.Accessibility;

namespace SignalHub.Browser.Tests.Crawl;

/// <summary>One thing wrong on one address, found on the way from <paramref name="From"/>.</summary>
internal sealed record CrawlFailure(string Url, string From, string Problem);

/// <summary>
/// Opens every same-origin GET link reachable from the start page in one browser page, breadth first: each page must
/// answer without a server error, 404 or 403, keep the user signed in, read Dutch (<see cref="VisibleText"/>) and pass axe.
/// Links marked <c>download</c> (and answers that turn out to be downloads) are fetched with the context's cookies instead.
/// Addresses that differ only in their ids or query values share a pattern; <paramref name="capPerPattern"/> limits how
/// many of one pattern are opened (not for the triage and case pages when <paramref name="uncappedWork"/>), and
/// <paramref name="axePerPattern"/> how many of them axe checks.
/// </summary>
internal sealed partial class PortalCrawler(IPage page, Uri baseAddress, int capPerPattern, int axePerPattern, bool uncappedWork)
{
    private readonly Dictionary<string, int> _opened = [];
    private readonly HashSet<string> _seen = [];
    private readonly List<CrawlFailure> _failures = [];

    /// <summary>
    /// Downloads made for a program rather than a reader, whose headers are a documented contract: the monitor's figures
    /// by their JSON names (docs/reporting.md, <c>period;figure;key;value</c>).
    /// </summary>
    private static readonly string[] DataExports = ["/rapportage?handler=csv"];

    public int Pages { get; private set; }

    /// <summary>The paths (with their query) of every page opened.</summary>
    public HashSet<string> Opened { get; } = [];

    public TimeSpan Elapsed { get; private set; }

    public IReadOnlyList<CrawlFailure> Failures => _failures;

    public async Task CrawlAsync(string start = "/")
    {
        var clock = Stopwatch.StartNew();
        var origin = baseAddress.GetLeftPart(UriPartial.Authority);
        var queue = new Queue<(string Url, string From, bool Download)>();
        queue.Enqueue((origin + start, "(start)", false));
        _seen.Add(origin + start);
        while (queue.TryDequeue(out var next))
        {
            var pattern = Pattern(new Uri(next.Url));
            var count = _opened.GetValueOrDefault(pattern);
            if (count >= capPerPattern && !Uncapped(pattern))
                continue;
            _opened[pattern] = count + 1;
            Pages++;
            Opened.Add(Path(next.Url));
            var links = next.Download ? [] : await OpenAsync(next.Url, next.From, count < axePerPattern);
            foreach (var link in links)
            {
                var url = link.Href.Split('#')[0];
                if (!url.StartsWith(origin + "/", StringComparison.Ordinal) || !_seen.Add(url))
                    continue;
                if (link.Download)
                    await FetchAsync(url, next.Url);
                else
                    queue.Enqueue((url, next.Url, false));
            }
        }
        Elapsed = clock.Elapsed;
    }

    private async Task<IReadOnlyList<Link>> OpenAsync(string url, string from, bool axe)
    {
        IResponse? response;
        try
        {
            response = await page.GotoAsync(url);
        }
        catch (PlaywrightException e) when (e.Message.Contains("Download is starting", StringComparison.Ordinal))
        {
            await FetchAsync(url, from);
            return [];
        }
        // An error page is still a page: it must read Dutch and lead on, so it is checked and followed like any other.
        if (!CheckStatus(url, from, response?.Status ?? 0) && response is null)
            return [];
        if (new Uri(page.Url).AbsolutePath.StartsWith("/inloggen", StringComparison.Ordinal))
        {
            Fail(url, from, $"sent to the sign-in page ({page.Url})");
            return [];
        }
        var text = await page.EvaluateAsync<string>("() => document.title + '\\n' + document.body.innerText");
        foreach (var problem in VisibleText.Problems(text))
            Fail(url, from, problem);
        if (axe)
            foreach (var violation in (await Axe.ViolationsAsync(page)).Where(v => v.Blocks || v.Wcag))
                Fail(url, from, $"axe: {violation}");
        var links = await page.EvaluateAsync<JsonElement>(
            "() => Array.from(document.querySelectorAll('a[href]')).map(a => [a.href, a.hasAttribute('download')])");
        return [.. links.EnumerateArray().Select(l => new Link(l[0].GetString()!, l[1].GetBoolean()))];
    }

    /// <summary>A download: its status, and the header row of a CSV (a Dutch reader opens it).</summary>
    private async Task FetchAsync(string url, string from)
    {
        Pages++;
        var response = await page.Context.APIRequest.GetAsync(url);
        if (!CheckStatus(url, from, response.Status))
            return;
        if (response.Headers.TryGetValue("content-type", out var type) && type.StartsWith("text/csv", StringComparison.Ordinal)
            && !DataExports.Any(e => Path(url).StartsWith(e, StringComparison.Ordinal)))
        {
            var header = (await response.TextAsync()).TrimStart('\uFEFF').Split('\n')[0];
            foreach (var problem in VisibleText.Problems(header.Replace(';', ' ').Replace(',', ' ')))
                Fail(url, from, $"CSV header: {problem}");
        }
    }

    private bool CheckStatus(string url, string from, int status)
    {
        var problem = status switch
        {
            >= 500 => $"server error {status}",
            404 => "404: the link leads nowhere",
            403 => "403: the link leads to a page this role may not open",
            0 => "no answer",
            _ => null,
        };
        if (problem is not null)
            Fail(url, from, problem);
        return problem is null;
    }

    private void Fail(string url, string from, string problem) => _failures.Add(new CrawlFailure(Path(url), Path(from), problem));

    private static string Path(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.PathAndQuery : url;

    /// <summary>The triage and case pages and their lists: every one of the month is opened, whatever the cap.</summary>
    private bool Uncapped(string pattern) => uncappedWork && (pattern.StartsWith("/triage", StringComparison.Ordinal) || pattern.StartsWith("/zaken", StringComparison.Ordinal));

    /// <summary>"/triage/{id}?pagina=*": ids and numbers in the path and every query value stand for any.</summary>
    public static string Pattern(Uri uri)
    {
        var path = Id().Replace(uri.AbsolutePath, "{id}");
        var keys = uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=')[0]).Order(StringComparer.Ordinal);
        var query = string.Join("&", keys.Select(k => k + "=*"));
        return query.Length == 0 ? path : path + "?" + query;
    }

    [GeneratedRegex(@"(?<=/)(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\d{4}-\d{2}|\d+)(?=/|$)")]
    private static partial Regex Id();

    internal sealed record Link(string Href, bool Download);
}
