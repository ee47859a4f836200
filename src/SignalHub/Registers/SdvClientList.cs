using System.Data.Common;
using Dapper;
using SignalHub.Domain.Routing;
using SignalHub.Security.Encryption;
using SignalHub.Storage;
using SignalHub.Storage.Dialects;

namespace SignalHub.Registers;

/// <summary>One client of the SDV list as the administration page shows it.</summary>
public sealed class SdvClientRow
{
    public Guid Id { get; init; }
    public string CaseReference { get; init; } = "";
    public string Surname { get; init; } = "";
    public DateOnly? BirthDate { get; init; }
    public string AddressKey { get; init; } = "";
    public string? Caseworker { get; init; }
}

/// <summary>A client to add by hand: the address already normalised to its key, as the import does.</summary>
public sealed record NewSdvClient(string CaseReference, string Surname, DateOnly? BirthDate, string AddressKey, string? Caseworker);

public sealed class DuplicateSdvClientException(string reference) : Exception($"case reference '{reference}' is already on the list");

/// <summary>
/// The SDV client list one client at a time, for the portal's administration; <see cref="SdvClientsRegister"/> replaces it
/// whole. Every portal read and write of <c>sdv_clients</c> is here, so how names and birth dates are stored changes in one place.
/// </summary>
public sealed class SdvClientList(Database database, TimeProvider clock, FieldCipher cipher)
{
    private const string Select = """
        SELECT id AS Id, case_reference AS CaseReference, surname AS Surname, birth_date AS BirthDate, address_key AS AddressKey,
               caseworker AS Caseworker
        FROM sdv_clients
        """;

    /// <summary>
    /// The clients routing weighs for a set of ready matches, in the caller's transaction: those whose <paramref name="column"/>
    /// (<c>address_key</c>, or <c>birth_key</c> for a possibly moved client) is one of <paramref name="keys"/>.
    /// </summary>
    internal static async Task<IEnumerable<SdvClient>> WhereAsync(DbConnection c, DbTransaction t, ISqlDialect dialect, FieldCipher cipher, string column,
        IEnumerable<string> keys, CancellationToken ct) =>
        (await ListQuery.ReadAsync<StoredRow, string>(c, t, column == "birth_key" ? Select + $" WHERE {dialect.InList("birth_key", "Keys")}"
            : Select + $" WHERE {dialect.InList("address_key", "Keys")}", keys, slice => slice, null, ct))
            .Select(r => new SdvClient(r.CaseReference, cipher.Reveal(r.Surname, PersonalColumns.SdvClients.Surname(r.Id)),
                cipher.RevealDate(r.BirthDate, PersonalColumns.SdvClients.BirthDate(r.Id)), r.AddressKey, r.Caseworker));

    public async Task<(IReadOnlyList<SdvClientRow> Clients, int Total)> PageAsync(int page, int size, CancellationToken ct) =>
        await database.ReadAsync(async c =>
        {
            var total = await c.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM sdv_clients", cancellationToken: ct));
            var rows = await c.QueryAsync<StoredRow>(new CommandDefinition(database.Dialect.Page(Select + " ORDER BY case_reference"),
                new { Skip = (page - 1) * size, Take = size }, cancellationToken: ct));
            return ((IReadOnlyList<SdvClientRow>)[.. rows.Select(Revealed)], (int)total);
        }, ct);

    public async Task<SdvClientRow> AddAsync(NewSdvClient client, CancellationToken ct)
    {
        var values = SdvClientsRegister.Row(cipher, client.CaseReference, client.Surname, client.BirthDate, client.AddressKey, client.Caseworker,
            clock.GetUtcNow().UtcDateTime);
        var row = new SdvClientRow
        {
            Id = (Guid)values[0]!, CaseReference = client.CaseReference, Surname = client.Surname, BirthDate = client.BirthDate,
            AddressKey = client.AddressKey, Caseworker = client.Caseworker,
        };
        try
        {
            await database.InTransactionAsync(async (c, t) =>
            {
                await database.Dialect.LockAsync(c, t, "sdv-clients", ct);
                await database.Dialect.BulkInsertAsync(c, t, SdvClientsRegister.Rows, [values], ct);
            }, ct);
        }
        catch (Exception e) when (database.Dialect.IsUniqueViolation(e))
        {
            throw new DuplicateSdvClientException(client.CaseReference);
        }
        return row;
    }

    /// <summary>Removes one client; the case reference of the removed one, or null when there is none with this id.</summary>
    public Task<string?> RemoveAsync(Guid id, CancellationToken ct) =>
        database.InTransactionAsync(async (c, t) =>
        {
            await database.Dialect.LockAsync(c, t, "sdv-clients", ct);
            var reference = await c.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
                "SELECT case_reference FROM sdv_clients WHERE id = @Id", new { Id = id }, t, cancellationToken: ct));
            if (reference is not null)
                await c.ExecuteAsync(new CommandDefinition("DELETE FROM sdv_clients WHERE id = @Id", new { Id = id }, t, cancellationToken: ct));
            return reference;
        }, ct);

    private SdvClientRow Revealed(StoredRow r) => new()
    {
        Id = r.Id, CaseReference = r.CaseReference, Surname = cipher.Reveal(r.Surname, PersonalColumns.SdvClients.Surname(r.Id)),
        BirthDate = cipher.RevealDate(r.BirthDate, PersonalColumns.SdvClients.BirthDate(r.Id)), AddressKey = r.AddressKey, Caseworker = r.Caseworker,
    };

    private sealed class StoredRow
    {
        public Guid Id { get; init; }
        public string CaseReference { get; init; } = "";
        public string Surname { get; init; } = "";
        public string? BirthDate { get; init; }
        public string AddressKey { get; init; } = "";
        public string? Caseworker { get; init; }
    }
}
