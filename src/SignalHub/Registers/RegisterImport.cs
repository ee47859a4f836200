using Dapper;
using SignalHub.Storage;

namespace SignalHub.Registers;

/// <summary>
/// The one import pipeline of every register: read the CSV (<see cref="ReferenceListReader"/>), check each row
/// (<see cref="Register.BeginImport"/>), replace the whole list in one transaction, and return the receipt. A file
/// that cannot be read as the list is refused whole and changes nothing; bad lines are reported and left out.
/// </summary>
public sealed class RegisterImport(Database database, TimeProvider clock, ILogger<RegisterImport> logger)
{
    public async Task<ReferenceImportResult> RunAsync(Register register, Stream file, CancellationToken ct)
    {
        var (rows, error) = ReferenceListReader.Open(file, register.Columns);
        if (rows is null)
            return ReferenceImportResult.Refused(error!);
        var check = register.BeginImport(clock.GetUtcNow().UtcDateTime);
        var errors = new List<ReferenceImportError>();
        var accepted = new List<object?[]>();
        var read = 0;
        foreach (var row in rows)
        {
            read++;
            var checkedRow = row.Error is null ? check(row) : RegisterRow.Refuse(null, row.Error);
            if (checkedRow.Values is { } values)
                accepted.Add(values);
            else
                errors.Add(new(row.Line, checkedRow.Column, checkedRow.Reason!));
        }
        await database.InTransactionAsync(async (c, t) =>
        {
            await database.Dialect.LockAsync(c, t, register.LockKey, ct);
            await c.ExecuteAsync(new CommandDefinition($"DELETE FROM {register.Table.Name}", transaction: t, cancellationToken: ct));
            await database.Dialect.BulkInsertAsync(c, t, register.Table, accepted, ct);
            await register.AfterReplaceAsync(c, t, ct);
        }, ct);
        logger.LogInformation("Register {Register} replaced: {Imported} imported, {Rejected} rejected", register.Name, accepted.Count, errors.Count);
        return new ReferenceImportResult(read, accepted.Count, errors.Count, null, errors);
    }
}
