using System.Data.Common;
using SignalHub.Storage.Dialects;

namespace SignalHub.Registers;

/// <summary>
/// One reference list a municipality maintains (the wijkteam areas, the SDV client list, the BAG register): its
/// columns, its table, and how one CSV row becomes a stored row. <see cref="RegisterImport"/> does the rest the
/// same way for every register, so adding a register is adding one of these (and its page).
/// </summary>
public abstract class Register(RegisterImport pipeline)
{
    /// <summary>What the log calls the list: "areas".</summary>
    public abstract string Name { get; }

    public abstract IReadOnlyList<ReferenceColumn> Columns { get; }

    /// <summary>The table the import replaces whole; its first column is the row's id.</summary>
    public abstract BulkTable Table { get; }

    /// <summary>The lock a change of the list takes, so an import and a change by hand never interleave.</summary>
    public abstract string LockKey { get; }

    /// <summary>A fresh check for one import; it may remember earlier rows (a reference used twice).</summary>
    public abstract Func<ReferenceRow, RegisterRow> BeginImport(DateTime now);

    /// <summary>What else must follow the new list in the same transaction (the BAG register re-checks every match).</summary>
    public virtual Task AfterReplaceAsync(DbConnection c, DbTransaction t, CancellationToken ct) => Task.CompletedTask;

    /// <summary>Replaces the list with the CSV in <paramref name="file"/>: read, check each row, replace in one transaction.</summary>
    public Task<ReferenceImportResult> ImportAsync(Stream file, CancellationToken ct) => pipeline.RunAsync(this, file, ct);
}

/// <summary>One CSV row checked: the values to store in <see cref="Register.Table"/>'s order, or why it was refused.</summary>
public readonly record struct RegisterRow(object?[]? Values, string? Column, string? Reason)
{
    public static RegisterRow Accept(object?[] values) => new(values, null, null);

    public static RegisterRow Refuse(string? column, string reason) => new(null, column, reason);
}
