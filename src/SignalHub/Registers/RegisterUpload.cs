using SignalHub.Portal;
using SignalHub.Security.Audit;

namespace SignalHub.Registers;

/// <summary>
/// A register replaced from a CSV chosen in the portal: the file checked, imported whole, the refusal next to the
/// file field, and the import on the audit chain. The pages show the returned receipt at once.
/// </summary>
public static class RegisterUpload
{
    public const string Field = "bestand";

    public static async Task<ReferenceImportResult?> ImportAsync(HttpContext http, IFormFile? file, FormErrors errors, RegisterWords words,
        Register register, AuditLog audit)
    {
        if (file is null || file.Length == 0)
        {
            errors.Add(Field, file is null ? $"Kies het CSV-bestand met {words.Contents}." : "Het gekozen bestand is leeg.");
            return null;
        }
        await using var content = file.OpenReadStream();
        var imported = await register.ImportAsync(content, http.RequestAborted);
        if (imported.Error is { } refused)
            errors.Add(Field, $"Het bestand is niet ingelezen, {words.Unchanged}: {refused}");
        else
            await audit.RecordChangeAsync(http, words.AuditAction, words.AuditSubject, null,
                $"{imported.RowsImported} imported, {imported.RowsRejected} rejected, file {file.FileName}");
        return imported;
    }
}

/// <summary>How a page names its register in the messages and on the audit chain.</summary>
public sealed record RegisterWords(string Contents, string Unchanged, string AuditAction, string AuditSubject);
