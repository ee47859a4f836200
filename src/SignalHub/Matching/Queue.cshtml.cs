using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SignalHub.Domain.Matching;
using SignalHub.Domain.Vocabulary;
using SignalHub.Portal;
using SignalHub.Storage;

namespace SignalHub.Matching;

/// <summary>
/// SDV's triage queue: the period's matches ordered by priority, reasons visible, a page at a time, narrowed by a GET
/// form (priority class, cost type, team, recidivist, SDV hit) whose values ride along in every page link.
/// </summary>
public sealed class QueueModel(MatchQuery matches, TriageDetailQuery detail, Database database, TimeProvider clock) : PageModel
{
    /// <summary>Rows per page: a screenful of work; the queue of a large city runs to a hundred thousand matches.</summary>
    public const int PageSize = 50;

    [BindProperty(Name = "prioriteit", SupportsGet = true)]
    public string? PriorityClass { get; set; }

    [BindProperty(Name = "kostensoort", SupportsGet = true)]
    public string? CostType { get; set; }

    [BindProperty(Name = "team", SupportsGet = true)]
    public string? Team { get; set; }

    /// <summary><c>ja</c>, <c>nee</c> or empty (both).</summary>
    [BindProperty(Name = "recidive", SupportsGet = true)]
    public string? Recidivist { get; set; }

    /// <summary>An SDV known-client hit: <c>te-beoordelen</c>, <c>bevestigd</c>, <c>afgewezen</c>, <c>alle</c>, or empty (with or without).</summary>
    [BindProperty(Name = "sdv", SupportsGet = true)]
    public string? SdvHit { get; set; }

    /// <summary>The filter's choices for SDV hits: the value in the address, the hit status it selects, the Dutch words.</summary>
    public static readonly IReadOnlyList<(string Value, string Status, string Label)> HitChoices =
    [
        ("te-beoordelen", Dispatch.HitStatus.Open, "mogelijk bekend, nog te beoordelen"),
        ("bevestigd", Dispatch.HitStatus.Confirmed, "bekend, bevestigd"),
        ("afgewezen", Dispatch.HitStatus.Rejected, "afgewezen"),
        ("alle", TriageFilter.AnyHit, "elke SDV-treffer"),
    ];

    /// <summary>The SDV hit of each match shown that has one.</summary>
    public IReadOnlyDictionary<Guid, MatchHit> Hits { get; private set; } = new Dictionary<Guid, MatchHit>();

    public string PeriodText { get; private set; } = "";
    public string PeriodLabel { get; private set; } = "";
    public IReadOnlyList<MatchView> Matches { get; private set; } = [];
    public IReadOnlyList<string> Teams { get; private set; } = [];
    public Pager? Pager { get; private set; }
    public FormErrors Errors { get; } = new();

    public static IEnumerable<string> PriorityClasses => Enum.GetValues<Domain.Matching.PriorityClass>().Reverse().Select(c => c.ToString().ToLowerInvariant());

    public static IEnumerable<string> CostTypeCodes => CostTypes.All.Select(c => c.ToCode());

    public async Task OnGetAsync(string? periode, int? pagina, CancellationToken ct)
    {
        var period = await PortalPeriod.ResolveAsync(database, clock, periode, ct);
        PeriodText = period.ToString();
        PeriodLabel = Labels.Period(period);
        Teams = await detail.TeamsAsync(ct);
        var filter = Filter();
        var page = Math.Max(1, pagina ?? 1);
        var (shown, hasMore) = await matches.PageAsync(period, filter, page, PageSize, ct);
        Matches = shown;
        Hits = await detail.HitsAsync([.. shown.Select(m => m.Id)], ct);
        // Not counting every match keeps the page cheap: the pager knows the pages up to the next one.
        if (page > 1 || hasMore)
            Pager = new Pager(page, hasMore ? page + 1 : page, p => Link(p));
    }

    private TriageFilter Filter()
    {
        string? Checked(string? value, IEnumerable<string> allowed, string field, string message)
        {
            if (string.IsNullOrWhiteSpace(value))
                return null;
            if (allowed.Contains(value.Trim(), StringComparer.Ordinal))
                return value.Trim();
            Errors.Add(field, message);
            return null;
        }

        var recidivist = Recidivist?.Trim() switch
        {
            "ja" => true,
            "nee" => false,
            null or "" => (bool?)null,
            _ => Invalid("recidive", "Kies bij eerder gemeld: ja, nee of allebei."),
        };
        return new TriageFilter(
            Checked(PriorityClass, PriorityClasses, "prioriteit", "Kies een prioriteit uit de lijst."),
            Checked(CostType, CostTypeCodes, "kostensoort", "Kies een soort achterstand uit de lijst."),
            Checked(Team, Teams.Append(TriageFilter.NoTeam), "team", "Kies een team uit de lijst."),
            recidivist,
            HitChoices.FirstOrDefault(c => c.Value == SdvHit?.Trim()).Status
                ?? (string.IsNullOrWhiteSpace(SdvHit) ? null : Unknown("sdv", "Kies bij SDV-treffer een keuze uit de lijst.")));
    }

    private string? Unknown(string field, string message)
    {
        Errors.Add(field, message);
        return null;
    }

    private bool? Invalid(string field, string message)
    {
        Errors.Add(field, message);
        return null;
    }

    private string Link(int page)
    {
        var query = new Dictionary<string, string?> { ["periode"] = PeriodText };
        foreach (var (name, value) in new[] { ("prioriteit", PriorityClass), ("kostensoort", CostType), ("team", Team), ("recidive", Recidivist), ("sdv", SdvHit) })
            if (!string.IsNullOrWhiteSpace(value) && Errors.For(name) is null)
                query[name] = value.Trim();
        query["pagina"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/triage", query);
    }
}
