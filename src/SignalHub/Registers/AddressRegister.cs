using System.Data.Common;
using Dapper;
using SignalHub.Domain.Addresses;
using SignalHub.Storage.Dialects;

namespace SignalHub.Registers;

/// <summary>
/// The municipality's BAG register (nummeraanduidingen), from a CSV export of it. Replacing it re-resolves every
/// match's address against the new register, in the same transaction.
/// </summary>
public sealed class AddressRegister(RegisterImport pipeline) : Register(pipeline)
{
    private static readonly IReadOnlyList<ReferenceColumn> Csv =
    [
        new("id", true, "nummeraanduiding_id", "nummeraanduiding", "identificatie", "bag_id"),
        new("postcode", true),
        new("house_number", true, "huisnummer"),
        new("house_letter", false, "huisletter"),
        new("house_number_addition", false, "toevoeging", "huisnummertoevoeging"),
        new("street", false, "straat", "straatnaam", "openbare_ruimte", "openbareruimte"),
        new("town", false, "woonplaats", "plaats"),
    ];

    private static readonly BulkTable Rows = new("bag_addresses",
        ["id", "postcode", "house_number", "house_letter", "addition", "street", "town", "address_key", "imported_at"]);

    public override string Name => "addresses";

    public override IReadOnlyList<ReferenceColumn> Columns => Csv;

    public override BulkTable Table => Rows;

    public override string LockKey => "address-register";

    public override Func<ReferenceRow, RegisterRow> BeginImport(DateTime now)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        return row =>
        {
            var normalised = AddressNormalizer.Normalize(new AddressInput(null, row["house_number"], row["house_letter"], row["house_number_addition"], row["postcode"]));
            if (normalised.Error is { } bad)
                return RegisterRow.Refuse(bad.Field, bad.Reason);
            if (row["id"] is not { Length: <= 16 } id || !ids.Add(id))
                return RegisterRow.Refuse("id", $"id '{row["id"]}' is missing, longer than 16 characters or used twice");
            var address = normalised.Address!.Value;
            return RegisterRow.Accept([id, address.Postcode.Value, address.HouseNumber, address.HouseLetter, address.Addition, row["street"], row["town"], address.Key, now]);
        };
    }

    public override async Task AfterReplaceAsync(DbConnection c, DbTransaction t, CancellationToken ct)
    {
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
    }
}
