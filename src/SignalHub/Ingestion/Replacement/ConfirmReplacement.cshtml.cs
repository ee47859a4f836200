using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SignalHub.Portal;

namespace SignalHub.Ingestion.Replacement;

/// <summary>
/// The confirm step before an upload replaces the month's earlier delivery: which delivery it replaces (date, file,
/// rows) and how many signals it will withdraw. The file is held as a pending upload (<see cref="PendingUploads"/>),
/// so the partner confirms with one plain form post, without JavaScript and without choosing the file again.
/// </summary>
public sealed class ConfirmReplacementModel(PendingUploads pending, DeliveryIntake intake, DeliverySummaries summaries, PortalPartners partners)
    : PageModel
{
    /// <summary>Null when the upload no longer waits (confirmed, cancelled, expired): the page says so.</summary>
    public PendingUpload? Upload { get; private set; }

    public DeliverySummary Replaces { get; private set; } = null!;

    public string PeriodLabel => Domain.Values.Period.TryParse(Upload?.Period, out var period, out _) ? Labels.Period(period) : Upload?.Period ?? "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : Gone();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return Gone();
        // Another delivery of the month arrived meanwhile: what the partner confirmed is no longer what would happen.
        if (await summaries.NewestCompletedAsync(Upload!.PartnerId, Upload.Period, ct) != Upload.ReplacesId)
        {
            await pending.CancelAsync(id, ct);
            return Redirect($"/aanleveren?partner={Upload.PartnerId}&periode={Upload.Period}&verouderd=1");
        }
        return await intake.ConfirmAsync(Upload!, ct) is { DeliveryId: { } delivery } ? Redirect($"/leveringen/{delivery}") : Gone();
    }

    public async Task<IActionResult> OnPostAnnulerenAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
            return Gone();
        await pending.CancelAsync(id, ct);
        return Redirect($"/aanleveren?partner={Upload!.PartnerId}&periode={Upload.Period}&geannuleerd=1");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await pending.FindAsync(id, partners.Scope(HttpContext), ct) is not { } upload
            || await summaries.FindAsync(upload.ReplacesId, ct) is not { } replaces)
            return false;
        (Upload, Replaces) = (upload, replaces);
        return true;
    }

    /// <summary>Confirmed, cancelled or expired already: the page says so and leads back to the form.</summary>
    private PageResult Gone()
    {
        Upload = null;
        return Page();
    }
}
