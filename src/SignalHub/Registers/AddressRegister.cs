using Dapper;
using SignalHub.Domain.Addresses;
using SignalHub.Ingestion.Reading;
using SignalHub.Storage;
using SignalHub.Storage.Dialects;

namespace SignalHub.Matching.AddressRegister;

/// <summary>
/// Replaces the municipality's BAG register (nummeraanduidingen) with a CSV export of it, in one
/// transaction, and re-resolves every match's address against the new register.
/// </summary>
public sealed class AddressRegisterImport(Database database, TimeProvider clock)
{
    public static readonly IReadOnlyList<ReferenceColumn> Columns =
    [
        new("id", true, "nummeraanduiding_id", "nummeraanduiding", "identificatie", "bag_id"),
        new("postcode", true),
        new("house_number", true, "huisnummer"),
        new("house_letter", false, "huisletter"),
        new("house_number_addition", false, "toevoeging", "huisnummertoevoeging"),
        new("street", false, "straat", "straatnaam", "openbare_ruimte", "openbareruimte"),
        new("town", false, "woonplaats", "plaats"),
    ];

    private static readonly BulkTable Table = new("bag_addresses",
        ["id", "postcode", "house_number", "house_letter", "addition", "street", "town", "address_key", "imported_at"]);

    public async Task<ReferenceImportResult> ImportAsync(Stream file, CancellationToken ct)
    {
        var (rows, error) = ReferenceListReader.Open(file, Columns);
        if (rows is null)
            return ReferenceImportResult.Refused(error!);
        var now = clock.GetUtcNow().UtcDateTime;
        var errors = new List<ReferenceImportError>();
        var accepted = new List<object?[]>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var read = 0;
        foreach (var row in rows)
        {
            read++;
            if (row.Error is not null)
            {
                errors.Add(new(row.Line, null, row.Error));
                continue;
            }
            var normalised = AddressNormalizer.Normalize(new AddressInput(null, row["house_number"], row["house_letter"], row["house_number_addition"], row["postcode"]));
            if (normalised.Error is { } bad)
                errors.Add(new(row.Line, bad.Field, bad.Reason));
            else if (row["id"] is not { Length: <= 16 } id || !ids.Add(id))
                errors.Add(new(row.Line, "id", $"id '{row["id"]}' is missing, longer than 16 characters or used twice"));
            else
            {
                var address = normalised.Address!.Value;
                accepted.Add([id, address.Postcode.Value, address.HouseNumber, address.HouseLetter, address.Addition, row["street"], row["town"], address.Key, now]);
            }
        }
        await database.InTransactionAsync(async (c, t) =>
        {
            await database.Dialect.LockAsync(c, t, "address-register", ct);
            await c.ExecuteAsync(new CommandDefinition("DELETE FROM bag_addresses", transaction: t, cancellationToken: ct));
            await database.Dialect.BulkInsertAsync(c, t, Table, accepted, ct);
            var resolver = await AddressResolver.OpenAsync(c, t, ct);
            var matches = await c.QueryAsync<(string Key, string Postcode)>(new CommandDefinition(
                "SELECT DISTINCT address_key, postcode FROM matches", transaction: t, cancellationToken: ct));
            foreach (var (key, postcode) in matches)
            {
                var (status, bagId) = await resolver.ResolveAsync(key, postcode, ct);
                await c.ExecuteAsync(new CommandDefinition(
                    "UPDATE matches SET address_status = @Status, bag_id = @BagId WHERE address_key = @Key",
                    new { Status = status, BagId = bagId, Key = key }, t, cancellationToken: ct));
            }
        }, ct);
        return new ReferenceImportResult(read, accepted.Count, errors.Count, null, errors);
    }
}

/// <summary>What an import of a reference list did; contract of the <c>--json</c> output.</summary>
public sealed record ReferenceImportResult(int RowsRead, int RowsImported, int RowsRejected, string? Error, IReadOnlyList<ReferenceImportError> Errors)
{
    public static ReferenceImportResult Refused(string error) => new(0, 0, 0, error, []);
}

public sealed record ReferenceImportError(int Line, string? Column, string Reason);
