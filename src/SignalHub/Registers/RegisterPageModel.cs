using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SignalHub.Portal;
using SignalHub.Security.Audit;

namespace SignalHub.Registers;

/// <summary>
/// The pattern of every register's administration page: the list, one entry added or removed by hand (the page's
/// own handlers, reported in <see cref="Outcome"/> after a redirect), and the whole list replaced by a CSV through the
/// same import as the command line, its receipt shown at once.
/// </summary>
[FileUploadLimit]
public abstract class RegisterPageModel(Register register, AuditLog audit) : PageModel
{
    [BindProperty(Name = RegisterUpload.Field)]
    public IFormFile? CsvFile { get; set; }

    [TempData]
    public string? Outcome { get; set; }

    public ReferenceImportResult? Imported { get; private set; }

    public FormErrors Errors { get; } = new();

    public FormErrors ImportErrors { get; } = new();

    protected AuditLog Audit => audit;

    /// <summary>How the page names its register in messages and on the audit chain.</summary>
    protected abstract RegisterWords Words { get; }

    /// <summary>Loads what the page shows after a post that stays on the page.</summary>
    protected abstract Task ShowAsync(CancellationToken ct);

    // The import's report is the answer itself (a line per refused row), so it is shown at once rather than redirected.
    public async Task<IActionResult> OnPostImporterenAsync(CancellationToken ct)
    {
        Imported = await RegisterUpload.ImportAsync(HttpContext, CsvFile, ImportErrors, Words, register, audit);
        await ShowAsync(ct);
        return Page();
    }
}
