using System.Data.Common;

namespace SignalHub.Storage.Dialects;

/// <summary>
/// The few things that differ between SQLite, PostgreSQL and SQL Server. Everything else is plain SQL
/// that all three accept, kept beside the store that runs it.
/// </summary>
public interface ISqlDialect
{
    string Name { get; }

    DbConnection CreateConnection(string connectionString);

    /// <summary>Throws a clear one-line error when the connection string cannot be used by this provider.</summary>
    void ValidateConnectionString(string connectionString);

    /// <summary>Appends the paging clause to an ordered query; parameters <c>@Skip</c> and <c>@Take</c>.</summary>
    string Page(string orderedSelect);

    /// <summary>Serialises writers that must not interleave (migrations, re-matching one address).</summary>
    Task LockAsync(DbConnection connection, DbTransaction transaction, string resource, CancellationToken ct);

    /// <summary>
    /// Brings the planner's statistics of a table up to date after a bulk load, where the provider plans from
    /// sampled statistics that only a background task refreshes (PostgreSQL); a no-op where they are kept current.
    /// </summary>
    Task RefreshStatisticsAsync(DbConnection connection, DbTransaction transaction, string table, CancellationToken ct);

    bool IsUniqueViolation(Exception exception);

    /// <summary>Errors worth retrying: lost connections, deadlocks, serialisation failures, busy files.</summary>
    bool IsTransient(Exception exception);

    /// <summary>Loads many rows at once: COPY, SqlBulkCopy, or one prepared INSERT reused.</summary>
    Task<int> BulkInsertAsync(DbConnection connection, DbTransaction transaction, BulkTable table,
        IEnumerable<object?[]> rows, CancellationToken ct);

    /// <summary>
    /// Runs one statement once per row (parameters <c>@Name</c> in the order of <paramref name="parameters"/>):
    /// in batches of one round trip where the provider batches, one prepared command reused otherwise.
    /// </summary>
    Task ExecuteEachAsync(DbConnection connection, DbTransaction transaction, string sql, IReadOnlyList<string> parameters,
        IReadOnlyCollection<object?[]> rows, CancellationToken ct);

    /// <summary>A condition that <paramref name="column"/> is one of the array parameter <paramref name="parameter"/>.</summary>
    string InList(string column, string parameter);

    /// <summary>Ids as the value of an <see cref="InList"/> parameter, in the form the provider stores them (text on SQLite).</summary>
    object IdList(IEnumerable<Guid> ids);

    /// <summary>An id column as the lower-case text the inbox keeps.</summary>
    string IdAsText(string column);

    /// <summary>Splits a migration script into the batches the provider runs one by one.</summary>
    IEnumerable<string> SplitScript(string script);
}

/// <summary>A table and the columns a bulk load fills, in the order of each row's values.</summary>
public sealed record BulkTable(string Name, IReadOnlyList<string> Columns);
