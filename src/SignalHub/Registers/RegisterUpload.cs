using SignalHub.Matching.AddressRegister;
using SignalHub.Portal;
using SignalHub.Security.Audit;

namespace SignalHub.Dispatch;

/// <summary>
/// A reference list (areas, SDV clients) replaced from a CSV chosen in the portal: the file checked, imported whole, the
/// refusal next to the file field, and the import on the audit chain. The pages show the returned report at once.
/// </summary>
public static class ReferenceListUpload
{
    public const string Field = "bestand";

    public static async Task<ReferenceImportResult?> ImportAsync(HttpContext http, IFormFile? file, FormErrors errors, ReferenceListWords words,
        Func<Stream, CancellationToken, Task<ReferenceImportResult>> import, AuditLog audit)
    {
        if (file is null || file.Length == 0)
        {
            errors.Add(Field, file is null ? $"Kies het CSV-bestand met {words.Contents}." : "Het gekozen bestand is leeg.");
            return null;
        }
        await using var content = file.OpenReadStream();
        var imported = await import(content, http.RequestAborted);
        if (imported.Error is { } refused)
            errors.Add(Field, $"Het bestand is niet ingelezen, {words.Unchanged}: {refused}");
        else
            await audit.RecordChangeAsync(http, words.AuditAction, words.AuditSubject, null,
                $"{imported.RowsImported} imported, {imported.RowsRejected} rejected, file {file.FileName}");
        return imported;
    }
}

/// <summary>How a page names its list in the messages and on the audit chain.</summary>
public sealed record ReferenceListWords(string Contents, string Unchanged, string AuditAction, string AuditSubject);
