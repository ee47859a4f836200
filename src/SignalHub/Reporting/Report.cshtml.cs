using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SignalHub.Portal;
using SignalHub.Storage;

namespace SignalHub.Reporting;

/// <summary>The municipality's monitor of a month or quarter: tables, funnel, trends, and the estimate kept apart.</summary>
public sealed class ReportModel(MonitorReport report, Database database, TimeProvider clock, IOptions<CostBenefitOptions> costBenefit,
    Export.Ddas.DdasExporter ddas) : PageModel
{
    public const int TrendMonths = 12;

    public ReportPeriod Period { get; private set; } = null!;
    public string PeriodLabel { get; private set; } = "";
    public string? PeriodError { get; private set; }
    public MonitorFigures Figures { get; private set; } = null!;
    public IReadOnlyList<MonitorFigures> Trend { get; private set; } = [];
    public CostBenefitEstimate Estimate { get; private set; } = null!;
    public CostBenefitOptions UnitValues => costBenefit.Value;

    /// <summary>What the DDAS export still lacks, in Dutch; empty when the download works.</summary>
    public IReadOnlyList<string> DdasMissing => ddas.MissingInDutch();

    /// <summary>Why the DDAS download just asked for could not be made, shown at the top of the page.</summary>
    public string? DdasRefusal { get; private set; }

    public async Task OnGetAsync(string? periode, CancellationToken ct)
    {
        Period = await ResolveAsync(periode, ct);
        PeriodLabel = Label(Period);
        Figures = await report.GetAsync(Period, ct);
        Trend = await report.TrendAsync(Period.Last, TrendMonths, ct);
        Estimate = CostBenefitEstimate.For(Figures, costBenefit.Value);
    }

    public async Task<IActionResult> OnGetCsvAsync(string? periode, CancellationToken ct)
    {
        var period = await ResolveAsync(periode, ct);
        var csv = MonitorCsv.ToCsv([await report.GetAsync(period, ct)]);
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray();
        return File(bytes, "text/csv; charset=utf-8", $"monitor-{period.Key}.csv");
    }

    /// <summary>The same document as <c>signalhub export ddas</c>, for the deliveries received in the report's months.</summary>
    public async Task<IActionResult> OnGetDdasAsync(string? periode, CancellationToken ct)
    {
        var period = await ResolveAsync(periode, ct);
        var (from, to) = (period.First.FirstDay, period.Last.Next().FirstDay.AddDays(-1));
        if (DdasMissing.Count > 0)
        {
            // Answered as the report page with the reason on top (not a bare text a browser turns into a failed download).
            await OnGetAsync(periode, ct);
            DdasRefusal = "De DDAS-export kan nog niet worden gemaakt: de gegevens voor de levering aan CBS zijn niet compleet.";
            var page = Page();
            page.StatusCode = StatusCodes.Status409Conflict;
            return page;
        }
        Response.ContentType = "application/json";
        Response.Headers.ContentDisposition = $"attachment; filename=\"ddas-{period.Key}.json\"";
        await ddas.WriteAsync(Response.Body, from, to, ct);
        return new EmptyResult();
    }

    public static string Label(ReportPeriod period) =>
        period.IsQuarter ? $"{(period.First.Month - 1) / 3 + 1}e kwartaal {period.First.Year}" : Labels.Period(period.First);

    public static string Percent(decimal value) => value.ToString("0.0", System.Globalization.CultureInfo.GetCultureInfo("nl-NL")) + "%";

    public static string Days(decimal? value) =>
        value is { } days ? days.ToString("0.0", System.Globalization.CultureInfo.GetCultureInfo("nl-NL")) + " dagen" : "geen";

    public static string Euro(decimal value) => value.ToString("C0", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"));

    private async Task<ReportPeriod> ResolveAsync(string? requested, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(requested))
        {
            if (ReportPeriod.TryParse(requested, out var asked, out _))
                return asked;
            PeriodError = $"'{requested}' is geen maand of kwartaal: gebruik bijvoorbeeld 2026-11 of 2026-Q4.";
        }
        return ReportPeriod.Month(await PortalPeriod.ResolveAsync(database, clock, null, ct));
    }
}
