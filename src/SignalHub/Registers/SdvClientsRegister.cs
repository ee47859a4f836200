using SignalHub.Domain.Addresses;
using SignalHub.Domain.Values;
using SignalHub.Security.Encryption;
using SignalHub.Storage.Dialects;

namespace SignalHub.Registers;

/// <summary>
/// The debt-service (SDV) client list that routing checks every match against. Addresses go through the same
/// normaliser as partner files and birth dates are read as Dutch dates, so a client is found by the same address
/// key and surname as the signals. The headers accept the partner files' Dutch names.
/// </summary>
public sealed class SdvClientsRegister(RegisterImport pipeline, FieldCipher cipher) : Register(pipeline)
{
    private static readonly IReadOnlyList<ReferenceColumn> Csv =
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

    public static readonly BulkTable Rows = new("sdv_clients",
        ["id", "case_reference", "surname", "birth_date", "birth_key", "address_key", "caseworker", "imported_at"]);

    public override string Name => "sdv-clients";

    public override IReadOnlyList<ReferenceColumn> Columns => Csv;

    public override BulkTable Table => Rows;

    public override string LockKey => "sdv-clients";

    public override Func<ReferenceRow, RegisterRow> BeginImport(DateTime now)
    {
        var references = new Dictionary<string, int>(StringComparer.Ordinal);
        return row =>
        {
            var address = AddressNormalizer.Normalize(new AddressInput(null, row["house_number"], row["house_letter"], row["house_number_addition"], row["postcode"]));
            DateOnly? born = null;
            string? bornError = null;
            if (row["birth_date"] is { } birth)
                born = DutchDate.TryParse(birth, out var date, out bornError) ? date : null;
            if (row["case_reference"] is not { Length: <= 100 } reference)
                return RegisterRow.Refuse("case_reference", "case_reference is empty or longer than 100 characters");
            if (references.TryGetValue(reference, out var first))
                return RegisterRow.Refuse("case_reference", $"case_reference '{reference}' is used before, on line {first}");
            if (row["surname"] is not { Length: <= 200 } surname)
                return RegisterRow.Refuse("surname", "surname is empty or longer than 200 characters");
            if (bornError is not null)
                return RegisterRow.Refuse("birth_date", bornError);
            if (address.Error is { } bad)
                return RegisterRow.Refuse(bad.Field, bad.Reason);
            if (row["caseworker"] is { Length: > 200 })
                return RegisterRow.Refuse("caseworker", "caseworker is longer than 200 characters");
            references[reference] = row.Line;
            return RegisterRow.Accept(Row(cipher, reference, surname, born, address.Address!.Value.Key, row["caseworker"], now));
        };
    }

    /// <summary>The surname and birth date are encrypted, bound to the row; the birth key is what dispatch compares.</summary>
    public static object?[] Row(FieldCipher cipher, string reference, string surname, DateOnly? born, string addressKey, string? caseworker, DateTime now)
    {
        var id = Guid.CreateVersion7();
        return [id, reference, cipher.Protect(surname, PersonalColumns.SdvClients.Surname(id)), cipher.ProtectDate(born, PersonalColumns.SdvClients.BirthDate(id)),
            cipher.BirthKey(born), addressKey, caseworker, now];
    }
}
