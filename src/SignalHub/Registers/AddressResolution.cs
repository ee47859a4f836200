using System.Data.Common;
using Dapper;

namespace SignalHub.Registers;

/// <summary>
/// Where a match's address stands against the municipality's BAG register: not checked (no register
/// loaded), resolved to a nummeraanduiding, not found (a known postcode area, but no such door: the
/// partner's data quality), or outside the municipality (never dispatched).
/// </summary>
public static class AddressStatus
{
    public const string Unchecked = "unchecked";
    public const string Resolved = "resolved";
    public const string NotFound = "not_found";
    public const string Outside = "outside";
}

/// <summary>Resolves address keys against the register, in the caller's transaction.</summary>
internal sealed class AddressResolver
{
    private readonly DbConnection _c;
    private readonly DbTransaction _t;
    private readonly bool _loaded;

    private AddressResolver(DbConnection c, DbTransaction t, bool loaded) => (_c, _t, _loaded) = (c, t, loaded);

    public static async Task<AddressResolver> OpenAsync(DbConnection c, DbTransaction t, CancellationToken ct) =>
        new(c, t, await c.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM bag_addresses", transaction: t, cancellationToken: ct)) > 0);

    public async Task<(string Status, string? BagId)> ResolveAsync(string addressKey, string postcode, CancellationToken ct)
    {
        if (!_loaded)
            return (AddressStatus.Unchecked, null);
        // The register went through the same normaliser as the signals, so one key finds the door.
        var id = await _c.QueryFirstOrDefaultAsync<string?>(new CommandDefinition(
            "SELECT id FROM bag_addresses WHERE address_key = @Key ORDER BY id", new { Key = addressKey }, _t, cancellationToken: ct));
        if (id is not null)
            return (AddressStatus.Resolved, id);
        var area = postcode[..4];
        var known = await _c.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM bag_addresses WHERE postcode >= @Low AND postcode <= @High",
            new { Low = area + "AA", High = area + "ZZ" }, _t, cancellationToken: ct));
        return (known > 0 ? AddressStatus.NotFound : AddressStatus.Outside, null);
    }
}
