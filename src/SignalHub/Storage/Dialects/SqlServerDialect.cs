using System.Data;
using System.Data.Common;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.SqlClient;

namespace SignalHub.Storage.Dialects;

public sealed partial class SqlServerDialect : ISqlDialect
{
    // Deadlock victim, lock timeout, connection lost or throttled (Azure SQL's transient list).
    private static readonly HashSet<int> TransientNumbers = [1205, 1222, -2, 20, 64, 233, 10053, 10054, 10060, 40197, 40501, 40613, 49918, 49919, 49920];

    public string Name => "sqlserver";

    public DbConnection CreateConnection(string connectionString) => new SqlConnection(connectionString);

    public void ValidateConnectionString(string connectionString)
    {
        var builder = new SqlConnectionStringBuilder(connectionString);
        if (string.IsNullOrWhiteSpace(builder.DataSource))
            throw new StorageConfigurationException("Storage:ConnectionString for sqlserver needs 'Server=...'");
    }

    public string Page(string orderedSelect) => orderedSelect + " OFFSET @Skip ROWS FETCH NEXT @Take ROWS ONLY";

    public async Task LockAsync(DbConnection connection, DbTransaction transaction, string resource, CancellationToken ct)
    {
        var result = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            LockSql, new { Resource = resource }, transaction, cancellationToken: ct));
        if (result < 0)
            throw new InvalidOperationException($"could not take the application lock '{resource}' (sp_getapplock returned {result})");
    }

    internal const string LockSql = """
        DECLARE @result int;
        EXEC @result = sp_getapplock @Resource = @Resource, @LockMode = 'Exclusive', @LockOwner = 'Transaction', @LockTimeout = 60000;
        SELECT @result;
        """;

    /// <summary>SQL Server refreshes stale statistics itself when it compiles a statement.</summary>
    public Task RefreshStatisticsAsync(DbConnection connection, DbTransaction transaction, string table, CancellationToken ct) => Task.CompletedTask;

    public bool IsUniqueViolation(Exception exception) =>
        exception is SqlException { Number: 2627 or 2601 };

    public bool IsTransient(Exception exception) =>
        exception is SqlException sql && sql.Errors.Cast<SqlError>().Any(e => TransientNumbers.Contains(e.Number));

    public async Task<int> BulkInsertAsync(DbConnection connection, DbTransaction transaction, BulkTable table,
        IEnumerable<object?[]> rows, CancellationToken ct)
    {
        using var data = new DataTable(table.Name) { Locale = System.Globalization.CultureInfo.InvariantCulture };
        foreach (var column in table.Columns)
            data.Columns.Add(column, typeof(object));
        foreach (var row in rows)
            data.Rows.Add(row.Select(v => SqlValues.ForSqlServer(v) ?? DBNull.Value).ToArray());
        using var copy = new SqlBulkCopy((SqlConnection)connection, SqlBulkCopyOptions.CheckConstraints, (SqlTransaction)transaction)
        {
            DestinationTableName = table.Name,
            BulkCopyTimeout = 0,
        };
        foreach (var column in table.Columns)
            copy.ColumnMappings.Add(column, column);
        await copy.WriteToServerAsync(data, ct);
        return data.Rows.Count;
    }

    /// <summary>T-SQL scripts separate batches with a line holding only <c>GO</c>.</summary>
    public async Task ExecuteEachAsync(DbConnection connection, DbTransaction transaction, string sql, IReadOnlyList<string> parameters,
        IReadOnlyCollection<object?[]> rows, CancellationToken ct)
    {
        foreach (var row in rows)
        {
            await using var command = new SqlCommand(sql, (SqlConnection)connection, (SqlTransaction)transaction);
            for (var i = 0; i < parameters.Count; i++)
                command.Parameters.AddWithValue("@" + parameters[i], SqlValues.ForSqlServer(row[i]) ?? DBNull.Value);
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    public string InList(string column, string parameter) => $"{column} IN @{parameter}";

    public object IdList(IEnumerable<Guid> ids) => ids.ToArray();

    public string IdAsText(string column) => $"LOWER(CAST({column} AS nvarchar(36)))";

    public IEnumerable<string> SplitScript(string script) =>
        GoLine().Split(script).Where(batch => !string.IsNullOrWhiteSpace(batch));

    [GeneratedRegex(@"^\s*GO\s*;?\s*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex GoLine();
}
