using Dapper;
using SignalHub.Storage;

namespace SignalHub.Security.Encryption;

/// <summary>
/// Re-encrypts personal fields under the active key, a batch per transaction. Only rows with a value under
/// another key (or none yet) are picked, so a run stopped half-way resumes where it was and a second run
/// changes nothing. Person and birth-date keys are recomputed on the way.
/// </summary>
public sealed class KeyRotation(Database database, FieldCipher cipher, TotpSecretSealing totpSecrets, ILogger<KeyRotation> logger)
{
    public async Task<RotationResult> RotateAsync(int batchSize, CancellationToken ct)
    {
        var signals = await RotateTableAsync(batchSize, """
            SELECT id AS Id, surname AS Surname, prefix AS Prefix, initials AS Initials, first_names AS FirstNames, birth_date AS BirthDate,
                   phone AS Phone, email AS Email
            FROM signals
            WHERE surname NOT LIKE @Active ESCAPE '\' OR prefix NOT LIKE @Active ESCAPE '\' OR initials NOT LIKE @Active ESCAPE '\'
               OR first_names NOT LIKE @Active ESCAPE '\' OR birth_date NOT LIKE @Active ESCAPE '\' OR phone NOT LIKE @Active ESCAPE '\'
               OR email NOT LIKE @Active ESCAPE '\'
            ORDER BY id
            """, """
            UPDATE signals SET surname = @Surname, prefix = @Prefix, initials = @Initials, first_names = @FirstNames, birth_date = @BirthDate,
                   phone = @Phone, email = @Email, person_key = @PersonKey
            WHERE id = @Id
            """, ["Surname", "Prefix", "Initials", "FirstNames", "BirthDate", "Phone", "Email", "PersonKey", "Id"], SignalValues, ct);
        var clients = await RotateTableAsync(batchSize, """
            SELECT id AS Id, surname AS Surname, birth_date AS BirthDate FROM sdv_clients
            WHERE surname NOT LIKE @Active ESCAPE '\' OR birth_date NOT LIKE @Active ESCAPE '\'
            ORDER BY id
            """, "UPDATE sdv_clients SET surname = @Surname, birth_date = @BirthDate, birth_key = @BirthKey WHERE id = @Id",
            ["Surname", "BirthDate", "BirthKey", "Id"], ClientValues, ct);
        var users = await totpSecrets.RotateAsync(ct);
        logger.LogInformation("Key rotation: {Signals} signals, {Clients} SDV clients and {Users} TOTP secrets now under key id {KeyId}",
            signals, clients, users, cipher.ActiveKeyId);
        return new RotationResult(cipher.ActiveKeyId, signals, clients, users);
    }

    private async Task<int> RotateTableAsync(int batchSize, string select, string update, IReadOnlyList<string> parameters,
        Func<PersonalRow, object?[]> rewrite, CancellationToken ct)
    {
        var query = database.Dialect.Page(select);
        var args = new { Active = ActivePattern(cipher.ActiveKeyId), Skip = 0, Take = batchSize };
        var total = 0;
        while (true)
        {
            var done = await database.InTransactionAsync(async (c, t) =>
            {
                var rows = (await c.QueryAsync<PersonalRow>(new CommandDefinition(query, args, t, cancellationToken: ct))).ToList();
                if (rows.Count > 0)
                    await database.Dialect.ExecuteEachAsync(c, t, update, parameters, rows.Select(rewrite).ToList(), ct);
                return rows.Count;
            }, ct);
            total += done;
            if (done < batchSize)
                return total;
        }
    }

    private object?[] SignalValues(PersonalRow row)
    {
        var surname = cipher.Reveal(row.Surname!, PersonalColumns.Signals.Surname(row.Id));
        var born = cipher.RevealDate(row.BirthDate, PersonalColumns.Signals.BirthDate(row.Id));
        return
        [
            cipher.Protect(surname, PersonalColumns.Signals.Surname(row.Id)),
            Again(row.Prefix, PersonalColumns.Signals.Prefix(row.Id)),
            Again(row.Initials, PersonalColumns.Signals.Initials(row.Id)),
            Again(row.FirstNames, PersonalColumns.Signals.FirstNames(row.Id)),
            cipher.ProtectDate(born, PersonalColumns.Signals.BirthDate(row.Id)),
            Again(row.Phone, PersonalColumns.Signals.Phone(row.Id)),
            Again(row.Email, PersonalColumns.Signals.Email(row.Id)),
            cipher.PersonKey(surname, born),
            row.Id,
        ];
    }

    private string? Again(string? stored, FieldContext context) => cipher.ProtectOrNull(cipher.RevealOrNull(stored, context), context);

    private object?[] ClientValues(PersonalRow row)
    {
        var born = cipher.RevealDate(row.BirthDate, PersonalColumns.SdvClients.BirthDate(row.Id));
        return
        [
            cipher.Protect(cipher.Reveal(row.Surname!, PersonalColumns.SdvClients.Surname(row.Id)), PersonalColumns.SdvClients.Surname(row.Id)),
            cipher.ProtectDate(born, PersonalColumns.SdvClients.BirthDate(row.Id)),
            cipher.BirthKey(born),
            row.Id,
        ];
    }

    /// <summary>LIKE pattern of values under <paramref name="keyId"/>; '_' in a key id is literal.</summary>
    internal static string ActivePattern(string keyId) => $"{FieldCipher.Prefix}{keyId.Replace("_", "\\_", StringComparison.Ordinal)}:%";

    private sealed class PersonalRow
    {
        public Guid Id { get; init; }
        public string? Surname { get; init; }
        public string? Prefix { get; init; }
        public string? Initials { get; init; }
        public string? FirstNames { get; init; }
        public string? BirthDate { get; init; }
        public string? Phone { get; init; }
        public string? Email { get; init; }
    }
}

public sealed record RotationResult(string ActiveKeyId, int Signals, int SdvClients, int TotpSecrets = 0);
