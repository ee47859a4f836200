using System.Data.Common;
using Dapper;
using SignalHub.Domain.Routing;
using SignalHub.Storage;

namespace SignalHub.Registers;

/// <summary>One wijkteam range as the administration page shows it; both bounds in PC6 form.</summary>
public sealed class AreaRow
{
    public Guid Id { get; init; }
    public string PostcodeFrom { get; init; } = "";
    public string PostcodeTo { get; init; } = "";
    public string Team { get; init; } = "";
}

/// <summary>
/// The wijkteam areas one range at a time, for the portal's administration; <see cref="AreasRegister"/> replaces them whole.
/// Routing reads the table at each dispatch, so a change counts from the next dispatch on.
/// </summary>
public sealed class AreaList(Database database)
{
    private const string Select = "SELECT id AS Id, postcode_from AS PostcodeFrom, postcode_to AS PostcodeTo, team AS Team FROM areas";

    /// <summary>The ranges routing reads, in the caller's transaction: every range, or those that cover <paramref name="postcode"/>.</summary>
    public static async Task<IReadOnlyList<AreaRange>> RangesAsync(DbConnection c, DbTransaction t, string? postcode, CancellationToken ct) =>
        [.. (await c.QueryAsync<AreaRow>(new CommandDefinition(
            postcode is null ? Select : Select + " WHERE postcode_from <= @Postcode AND postcode_to >= @Postcode",
            new { Postcode = postcode }, t, cancellationToken: ct))).Select(a => new AreaRange(a.PostcodeFrom, a.PostcodeTo, a.Team))];

    public async Task<IReadOnlyList<AreaRow>> ListAsync(CancellationToken ct) =>
        [.. await database.ReadAsync(c => c.QueryAsync<AreaRow>(new CommandDefinition(
            Select + " ORDER BY team, postcode_from, postcode_to",
            cancellationToken: ct)), ct)];

    /// <summary>Adds a range whose bounds are already parsed to PC6 (<see cref="Domain.Routing.Areas.TryParseBound"/>).</summary>
    public Task<AreaRow> AddAsync(string from, string to, string team, CancellationToken ct) =>
        database.InTransactionAsync(async (c, t) =>
        {
            var row = new AreaRow { Id = Guid.CreateVersion7(), PostcodeFrom = from, PostcodeTo = to, Team = team };
            await database.Dialect.LockAsync(c, t, "areas", ct);
            await c.ExecuteAsync(new CommandDefinition(
                "INSERT INTO areas (id, postcode_from, postcode_to, team) VALUES (@Id, @PostcodeFrom, @PostcodeTo, @Team)", row, t, cancellationToken: ct));
            return row;
        }, ct);

    /// <summary>Removes one range; null when there is none with this id.</summary>
    public Task<AreaRow?> RemoveAsync(Guid id, CancellationToken ct) =>
        database.InTransactionAsync(async (c, t) =>
        {
            await database.Dialect.LockAsync(c, t, "areas", ct);
            var row = await c.QuerySingleOrDefaultAsync<AreaRow>(new CommandDefinition(
                Select + " WHERE id = @Id",
                new { Id = id }, t, cancellationToken: ct));
            if (row is not null)
                await c.ExecuteAsync(new CommandDefinition("DELETE FROM areas WHERE id = @Id", new { Id = id }, t, cancellationToken: ct));
            return row;
        }, ct);
}
