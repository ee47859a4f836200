using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SignalHub.Domain.Values;
using SignalHub.Ingestion.Calendar;
using SignalHub.Partners;
using SignalHub.Portal;

namespace SignalHub.Ingestion;

/// <summary>
/// A partner uploads the month's file in the portal. The form works without JavaScript (a plain multipart POST
/// that redirects to the receipt); upload.js sends the same form with a progress bar and is answered with JSON.
/// The partner is a form field until sign-in; see <see cref="PortalPartners"/>.
/// </summary>
[FileUploadLimit]
public sealed class UploadModel(PortalPartners partners, DeliveryIntake intake, IOptions<IngestionOptions> options, TimeProvider clock,
    Replacement.DeliverySummaries summaries) : PageModel
{
    /// <summary>The earlier delivery of the very same file, when it was sent again: said on the page, nothing is processed again.</summary>
    public Replacement.DeliverySummary? AlreadyDelivered { get; private set; }

    /// <summary>Set by the redirect after the partner cancelled a replacement.</summary>
    [BindProperty(Name = "geannuleerd", SupportsGet = true)]
    public string? CancelledFlag { get; set; }

    public bool Cancelled => CancelledFlag == "1";

    /// <summary>Set when another delivery of the month arrived between the warning and the confirmation.</summary>
    [BindProperty(Name = "verouderd", SupportsGet = true)]
    public string? OutdatedFlag { get; set; }

    public bool Outdated => OutdatedFlag == "1";

    public IReadOnlyList<Partner> Partners { get; private set; } = [];

    [BindProperty(Name = "partner", SupportsGet = true)]
    public string? PartnerId { get; set; }

    [BindProperty(Name = "periode", SupportsGet = true)]
    public string? Period { get; set; }

    [BindProperty(Name = "bestand")]
    public IFormFile? Bestand { get; set; }

    public FormErrors Errors { get; } = new();

    public long MaxFileBytes => options.Value.MaxFileBytes;

    public DateOnly Deadline => CurrentPeriod.DeadlineDay(options.Value.DeadlineDay);

    public string CurrentPeriodLabel => Labels.Period(CurrentPeriod);

    public string PeriodExample => CurrentPeriod.ToString();

    /// <summary>This month and the twelve before it, offered as suggestions; any other month may be typed.</summary>
    public IEnumerable<Period> RecentPeriods => Enumerable.Range(0, 13).Select(back => CurrentPeriod.AddMonths(-back));

    private Period CurrentPeriod => DeliveryDeadline.CurrentPeriod(clock);

    /// <summary>upload.js asks for JSON, so it can follow the answer itself instead of loading the page.</summary>
    private bool Scripted => Request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Partners = await partners.ChoosableAsync(HttpContext, ct);
        if (string.IsNullOrWhiteSpace(Period))
            Period = CurrentPeriod.ToString();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Partners = await partners.ChoosableAsync(HttpContext, ct);
        var partner = await partners.ResolveAsync(HttpContext, PartnerId, ct);
        var period = Validate(partner);
        if (Errors.Any)
            return Page();

        await using var content = Bestand!.OpenReadStream();
        // A file that would replace the month's earlier delivery waits for the partner's confirmation.
        var result = await intake.AcceptAsync(partner!.Id, period!.Value, content, Bestand.FileName, "portal", ct, User.Identity?.Name ?? "portal");
        if (result.PendingId is { } pending)
            return Go($"/aanleveren/bevestigen/{pending}");
        if (result.DeliveryId is not { } id)
        {
            Errors.Add("bestand", TooLarge(Bestand.Length));
            return Page();
        }
        if (result.Duplicate)
        {
            AlreadyDelivered = await summaries.FindAsync(id, ct);
            return Page();
        }
        return Go($"/leveringen/{id}");
    }

    private IActionResult Go(string location) => Scripted ? new JsonResult(new { location }) : Redirect(location);

    private Period? Validate(Partner? partner)
    {
        if (partner is null)
            Errors.Add("partner", string.IsNullOrWhiteSpace(PartnerId)
                ? "Kies de partner namens wie u aanlevert."
                : "Deze partner is niet bekend. Kies een partner uit de lijst.");

        Period? period = null;
        if (!Domain.Values.Period.TryParse(Period, out var month, out _))
            Errors.Add("periode", string.IsNullOrWhiteSpace(Period)
                ? "Vul de maand in waarover u aanlevert, bijvoorbeeld " + CurrentPeriod + "."
                : "Vul de maand in als jaar en maand, bijvoorbeeld " + CurrentPeriod + ".");
        else if (month > CurrentPeriod)
            Errors.Add("periode", $"De maand {Labels.Period(month)} ligt in de toekomst. Lever aan over {CurrentPeriodLabel} of een eerdere maand.");
        else
            period = month;

        if (Bestand is null)
            Errors.Add("bestand", "Kies het bestand dat u wilt aanleveren.");
        else if (Bestand.Length == 0)
            Errors.Add("bestand", "Het gekozen bestand is leeg. Kies het bestand met de achterstanden van deze maand.");
        else if (Bestand.Length > MaxFileBytes)
            Errors.Add("bestand", TooLarge(Bestand.Length));
        return period;
    }

    /// <summary>What upload.js says before sending a file that is too large.</summary>
    public string TooLargeHint =>
        $"Het bestand is groter dan {Labels.Bytes(MaxFileBytes)}, de grens van SignalHub. Splits het bestand of neem contact op met functioneel beheer.";

    private string TooLarge(long bytes) =>
        $"Het bestand is {Labels.Bytes(bytes)}; SignalHub neemt ten hoogste {Labels.Bytes(MaxFileBytes)} aan. Splits het bestand of neem contact op met functioneel beheer.";
}
