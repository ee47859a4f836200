using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SignalHub.Messaging.Failures;

/// <summary>
/// The coordinator's view of <see cref="FailedMessages"/>: each open failure with its reason, retried or
/// discarded with a POST (antiforgery-checked, as every Razor Pages POST). Post-redirect-get, so a reload
/// never retries twice.
/// </summary>
public sealed class FailedMessagesPageModel(FailedMessages failures) : PageModel
{
    public IReadOnlyList<FailedMessage> Failures { get; private set; } = [];

    [TempData]
    public string? Outcome { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Failures = await failures.ListAsync(ct);

    public async Task<IActionResult> OnPostOpnieuwAsync(Guid id, CancellationToken ct)
    {
        Outcome = await failures.RetryAsync(id, ct) is { } newId
            ? $"Bericht {id} is opnieuw verstuurd als {newId}."
            : $"Bericht {id} staat niet (meer) open.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostVerwerpenAsync(Guid id, CancellationToken ct)
    {
        Outcome = await failures.DiscardAsync(id, ct)
            ? $"Bericht {id} is verworpen."
            : $"Bericht {id} staat niet (meer) open.";
        return RedirectToPage();
    }
}
