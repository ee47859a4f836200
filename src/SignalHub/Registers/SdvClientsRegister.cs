using Dapper;
using SignalHub.Domain.Addresses;
using SignalHub.Domain.Values;
using SignalHub.Ingestion.Reading;
using SignalHub.Matching.AddressRegister;
using SignalHub.Security.Encryption;
using SignalHub.Storage;
using SignalHub.Storage.Dialects;

namespace SignalHub.Dispatch;

/// <summary>
/// Replaces the debt-service (SDV) client list with a CSV export, in one transaction. Addresses go through the
/// same normaliser as partner files and birth dates are read as Dutch dates, so a client is found by the same
/// address key and surname as the signals. The headers accept the partner files' Dutch names. Bad lines are
/// reported and left out.
/// </summary>
public sealed class SdvClientsImport(Database database, TimeProvider clock, FieldCipher cipher, ILogger<SdvClientsImport> logger)
{
    public static readonly IReadOnlyList<ReferenceColumn> Columns =
    [
        new("case_reference", true, "dossiernummer", "dossier", "zaaknummer"),
        new("surname", true, "achternaam"),
        new("birth_date", false, "geboortedatum"),
        new("postcode", true),
        new("house_number", true, "huisnummer"),
        new("house_letter", false, "huisletter"),
        new("house_number_addition", false, "toevoeging", "huisnummertoevoeging"),
        new("caseworker", false, "consulent", "klantmanager"),
    ];

    public static readonly BulkTable Table = new("sdv_clients",
        ["id", "case_reference", "surname", "birth_date", "birth_key", "address_key", "caseworker", "imported_at"]);

    public async Task<ReferenceImportResult> ImportAsync(Stream file, CancellationToken ct)
    {
        var (rows, error) = ReferenceListReader.Open(file, Columns);
        if (rows is null)
            return ReferenceImportResult.Refused(error!);
        var now = clock.GetUtcNow().UtcDateTime;
        var errors = new List<ReferenceImportError>();
        var accepted = new List<object?[]>();
        var references = new Dictionary<string, int>(StringComparer.Ordinal);
        var read = 0;
        foreach (var row in rows)
        {
            read++;
            if (row.Error is not null)
            {
                errors.Add(new(row.Line, null, row.Error));
                continue;
            }
            var address = AddressNormalizer.Normalize(new AddressInput(null, row["house_number"], row["house_letter"], row["house_number_addition"], row["postcode"]));
            DateOnly? born = null;
            string? bornError = null;
            if (row["birth_date"] is { } birth)
                born = DutchDate.TryParse(birth, out var date, out bornError) ? date : null;
            if (row["case_reference"] is not { Length: <= 100 } reference)
                errors.Add(new(row.Line, "case_reference", "case_reference is empty or longer than 100 characters"));
            else if (references.TryGetValue(reference, out var first))
                errors.Add(new(row.Line, "case_reference", $"case_reference '{reference}' is used before, on line {first}"));
            else if (row["surname"] is not { Length: <= 200 } surname)
                errors.Add(new(row.Line, "surname", "surname is empty or longer than 200 characters"));
            else if (bornError is not null)
                errors.Add(new(row.Line, "birth_date", bornError));
            else if (address.Error is { } bad)
                errors.Add(new(row.Line, bad.Field, bad.Reason));
            else if (row["caseworker"] is { Length: > 200 })
                errors.Add(new(row.Line, "caseworker", "caseworker is longer than 200 characters"));
            else
            {
                references[reference] = row.Line;
                accepted.Add(Row(cipher, reference, surname, born, address.Address!.Value.Key, row["caseworker"], now));
            }
        }
        await database.InTransactionAsync(async (c, t) =>
        {
            await database.Dialect.LockAsync(c, t, "sdv-clients", ct);
            await c.ExecuteAsync(new CommandDefinition("DELETE FROM sdv_clients", transaction: t, cancellationToken: ct));
            await database.Dialect.BulkInsertAsync(c, t, Table, accepted, ct);
        }, ct);
        logger.LogInformation("SDV client list replaced: {Imported} imported, {Rejected} rejected", accepted.Count, errors.Count);
        return new ReferenceImportResult(read, accepted.Count, errors.Count, null, errors);
    }

    /// <summary>The surname and birth date are encrypted, bound to the row; the birth key is what dispatch compares.</summary>
    public static object?[] Row(FieldCipher cipher, string reference, string surname, DateOnly? born, string addressKey, string? caseworker, DateTime now)
    {
        var id = Guid.CreateVersion7();
        return [id, reference, cipher.Protect(surname, PersonalColumns.SdvClients.Surname(id)), cipher.ProtectDate(born, PersonalColumns.SdvClients.BirthDate(id)),
            cipher.BirthKey(born), addressKey, caseworker, now];
    }
}
