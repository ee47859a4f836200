using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SignalHub.Domain.Values;
using SignalHub.Ingestion;
using SignalHub.Ingestion.Calendar;
using SignalHub.Partners;
using SignalHub.Portal;

namespace SignalHub.Feedback;

/// <summary>
/// Terugkoppeling: per signal the partner sent for a month, the status it may know (<see cref="FeedbackQuery"/>, the same
/// as the feedback API), its month's data-quality summary, and a form to withdraw a signal (the same
/// <see cref="SignalWithdrawal"/> as the API). The partner is a parameter until sign-in; see <see cref="PortalPartners"/>.
/// </summary>
public sealed class SignalsModel(PortalPartners partners, FeedbackQuery feedback, DataQualityQuery quality, SignalWithdrawal withdrawal,
    TimeProvider clock) : PageModel
{
    [BindProperty(Name = "partner", SupportsGet = true)]
    public string? PartnerId { get; set; }

    [BindProperty(Name = "periode", SupportsGet = true)]
    public string? PeriodText { get; set; }

    [BindProperty(Name = "kenmerk")]
    public string? Reference { get; set; }

    [BindProperty(Name = "reden")]
    public string? Reason { get; set; }

    /// <summary>Set after a withdrawal, from the redirect: the reference that was withdrawn.</summary>
    [BindProperty(Name = "ingetrokken", SupportsGet = true)]
    public string? Withdrawn { get; set; }

    /// <summary>The second click of a withdrawal: the first only asks, naming what will happen.</summary>
    [BindProperty(Name = "bevestigd")]
    public bool Confirmed { get; set; }

    /// <summary>The signal and reason a partner asked to withdraw, awaiting confirmation.</summary>
    public (string Reference, string Reason)? ToWithdraw { get; private set; }

    public IReadOnlyList<Partner> Partners { get; private set; } = [];

    public Partner? Partner { get; private set; }

    public Period Period { get; private set; }

    public FormErrors Errors { get; } = new();

    public IReadOnlyList<FeedbackItem> Items { get; private set; } = [];

    public DataQualitySummary? Quality { get; private set; }

    /// <summary>When the delivery whose rows <see cref="Quality"/> counts was received: its date stands beside its counts.</summary>
    public DateTime? CountedDeliveryAt { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Partner is null)
            return Page();
        if (string.IsNullOrWhiteSpace(Reference))
            Errors.Add("kenmerk", "Kies het signaal dat u wilt intrekken.");
        if (!WithdrawalReasons.TryParse(Reason, out var reason))
            Errors.Add(string.IsNullOrWhiteSpace(Reference) ? "reden" : "reden-" + Reference.Trim(), "Kies waarom u het signaal intrekt.");
        if (Errors.Any)
            return Page();
        if (!Items.Any(i => i.Reference == Reference!.Trim() && i.Status != "withdrawn"))
        {
            Errors.Add("kenmerk", $"Er is geen signaal met kenmerk '{Reference!.Trim()}' in {Labels.Period(Period)} dat u nog kunt intrekken.");
            return Page();
        }
        if (!Confirmed)
        {
            ToWithdraw = (Reference!.Trim(), Reason!);
            return Page();
        }
        if (await withdrawal.WithdrawAsync(Partner.Id, Period, Reference!.Trim(), reason, ct) is null)
        {
            Errors.Add("kenmerk", $"Er is geen signaal met kenmerk '{Reference.Trim()}' in {Labels.Period(Period)}.");
            return Page();
        }
        return RedirectToPage(new { partner = Partner.Id, periode = Period.ToString(), ingetrokken = Reference.Trim() });
    }

    public static string ReasonLabel(string code) => WithdrawalReasons.TryParse(code, out var reason) ? reason.DutchLabel() : code;

    private async Task LoadAsync(CancellationToken ct)
    {
        Period = DeliveryDeadline.CurrentPeriod(clock);
        if (!string.IsNullOrWhiteSpace(PeriodText))
        {
            if (Domain.Values.Period.TryParse(PeriodText, out var chosen, out _))
                Period = chosen;
            else
                Errors.Add("periode", "Vul een maand in als 2026-11.");
        }
        Partners = await partners.ChoosableAsync(HttpContext, ct);
        Partner = await partners.ResolveAsync(HttpContext, PartnerId, ct);
        if (Partner is null)
        {
            if (!string.IsNullOrWhiteSpace(PartnerId))
                Errors.Add("partner", "Deze partner is niet bekend. Kies een partner uit de lijst.");
            return;
        }
        Items = await feedback.ForPartnerAsync(Partner.Id, Period, ct);
        Quality = await quality.ForPeriodAsync(Period, Partner.Id, ct) is [var summary, ..] ? summary : null;
        CountedDeliveryAt = Quality is null ? null : await quality.CountedDeliveryAtAsync(Period, Partner.Id, ct);
    }
}
