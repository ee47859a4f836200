using Dapper;
using SignalHub.Domain.Routing;
using SignalHub.Ingestion.Reading;
using SignalHub.Matching.AddressRegister;
using SignalHub.Storage;
using SignalHub.Storage.Dialects;

namespace SignalHub.Dispatch;

/// <summary>
/// Replaces the wijkteam areas with a CSV of postcode ranges, in one transaction. A bound is a PC6 postcode or a
/// PC4 area (its whole range AA to ZZ); both are stored as PC6 bounds. Ranges may overlap: routing takes the
/// narrowest range that covers a postcode (see <see cref="Areas"/>). Bad lines are reported and left out;
/// cases already made keep their team.
/// </summary>
public sealed class AreasImport(Database database, ILogger<AreasImport> logger)
{
    public const int TeamMaxLength = 100;

    public static readonly IReadOnlyList<ReferenceColumn> Columns =
    [
        new("postcode_from", true, "postcode_van", "van", "from"),
        new("postcode_to", true, "postcode_tot", "postcode_tot_en_met", "tot", "tot_en_met", "to"),
        new("team", true, "wijkteam"),
    ];

    private static readonly BulkTable Table = new("areas", ["id", "postcode_from", "postcode_to", "team"]);

    public async Task<ReferenceImportResult> ImportAsync(Stream file, CancellationToken ct)
    {
        var (rows, error) = ReferenceListReader.Open(file, Columns);
        if (rows is null)
            return ReferenceImportResult.Refused(error!);
        var errors = new List<ReferenceImportError>();
        var accepted = new List<object?[]>();
        var read = 0;
        foreach (var row in rows)
        {
            read++;
            if (row.Error is not null)
                errors.Add(new(row.Line, null, row.Error));
            else if (!Areas.TryParseBound(row["postcode_from"], upper: false, out var from, out var fromError))
                errors.Add(new(row.Line, "postcode_from", fromError!));
            else if (!Areas.TryParseBound(row["postcode_to"], upper: true, out var to, out var toError))
                errors.Add(new(row.Line, "postcode_to", toError!));
            else if (string.CompareOrdinal(from, to) > 0)
                errors.Add(new(row.Line, "postcode_to", $"the range runs backwards: from {from} is after to {to}"));
            else if (row["team"] is not { Length: <= TeamMaxLength } team)
                errors.Add(new(row.Line, "team", $"team is empty or longer than {TeamMaxLength} characters"));
            else
                accepted.Add([Guid.CreateVersion7(), from, to, team]);
        }
        await database.InTransactionAsync(async (c, t) =>
        {
            await database.Dialect.LockAsync(c, t, "areas", ct);
            await c.ExecuteAsync(new CommandDefinition("DELETE FROM areas", transaction: t, cancellationToken: ct));
            await database.Dialect.BulkInsertAsync(c, t, Table, accepted, ct);
        }, ct);
        logger.LogInformation("Areas replaced: {Imported} imported, {Rejected} rejected", accepted.Count, errors.Count);
        return new ReferenceImportResult(read, accepted.Count, errors.Count, null, errors);
    }
}
