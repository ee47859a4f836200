using Microsoft.AspNetCore.Mvc.RazorPages;
using SignalHub.Portal;

namespace SignalHub.Security.Audit;

/// <summary>
/// The audit log for the privacy officer and the coordinator: searched by period, actor and subject id, newest first,
/// paged; the chain's verification at the top, so a changed or removed entry shows before anything else.
/// </summary>
public sealed class AuditPageModel(AuditLog audit, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    // SearchAsync takes a limit, not an offset: a page reads up to its own end and shows the last PageSize of it.
    private const int MaxPages = 20;

    public AuditVerification Verification { get; private set; } = new(true, 0, null, null);
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public Pager? Pager { get; private set; }
    public bool MoreThanShown { get; private set; }
    public FormErrors Errors { get; } = new();

    public string? Van { get; private set; }
    public string? Tot { get; private set; }
    public string? Actor { get; private set; }
    public string? Onderwerp { get; private set; }

    /// <summary>Whether pages opened without signing in are listed too; off by default, they are mostly the sign-in page.</summary>
    public bool Anonymous { get; private set; }

    public async Task OnGetAsync(string? van, string? tot, string? actor, string? onderwerp, int pagina, bool anoniem, CancellationToken ct)
    {
        Anonymous = anoniem;
        (Van, Tot, Actor, Onderwerp) = (van, tot, string.IsNullOrWhiteSpace(actor) ? null : actor.Trim(), string.IsNullOrWhiteSpace(onderwerp) ? null : onderwerp.Trim());
        var today = Outreach.AmsterdamTime.Today(clock);
        var from = Day("van", van) ?? today.AddDays(-30);
        var to = Day("tot", tot) ?? today;
        if (to < from)
            Errors.Add("tot", "De einddatum ligt voor de begindatum. Kies een einddatum op of na de begindatum.");
        Van ??= from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Tot ??= to.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Verification = await audit.VerifyAsync(ct);
        if (Errors.Any)
            return;
        var page = Math.Clamp(pagina, 1, MaxPages);
        var found = await audit.SearchAsync(new AuditQuery(StartUtc(from), StartUtc(to.AddDays(1)),
            Actor, Onderwerp, page * PageSize + 1, WithAnonymous: anoniem), ct);
        Entries = [.. found.Skip((page - 1) * PageSize).Take(PageSize)];
        MoreThanShown = found.Count > page * PageSize;
        var count = MoreThanShown ? Math.Min(page + 1, MaxPages) : page;
        if (count > 1)
            Pager = new Pager(page, count, n => $"/audit?van={Van}&tot={Tot}&actor={Uri.EscapeDataString(Actor ?? "")}&onderwerp={Uri.EscapeDataString(Onderwerp ?? "")}{(Anonymous ? "&anoniem=true" : "")}&pagina={n}");
    }

    private static DateTime StartUtc(DateOnly day) => Outreach.AmsterdamTime.FromLocal(day.ToDateTime(TimeOnly.MinValue)).UtcDateTime;

    private DateOnly? Day(string field, string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
            return null;
        if (Outreach.AmsterdamTime.TryParseDay(raw, out var day))
            return day;
        Errors.Add(field, "Vul een datum in als jaar-maand-dag, bijvoorbeeld 2026-11-23.");
        return null;
    }
}
