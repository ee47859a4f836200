using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace SignalHub.Storage.Dialects;

public sealed class SqliteDialect : ISqlDialect
{
    private const int Busy = 5, Locked = 6, Constraint = 19;

    public string Name => "sqlite";

    public DbConnection CreateConnection(string connectionString) => new SqliteConnection(connectionString);

    public void ValidateConnectionString(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (string.IsNullOrWhiteSpace(builder.DataSource))
            throw new StorageConfigurationException("Storage:ConnectionString for sqlite needs 'Data Source=<file>'");
        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(folder) && builder.DataSource != ":memory:")
            Directory.CreateDirectory(folder);
    }

    public string Page(string orderedSelect) => orderedSelect + " LIMIT @Take OFFSET @Skip";

    // SQLite has one writer at a time; BEGIN IMMEDIATE (the default here) already serialises writers.
    public Task LockAsync(DbConnection connection, DbTransaction transaction, string resource, CancellationToken ct) =>
        Task.CompletedTask;

    /// <summary>SQLite plans by rule unless ANALYZE was ever run; it never is here.</summary>
    public Task RefreshStatisticsAsync(DbConnection connection, DbTransaction transaction, string table, CancellationToken ct) => Task.CompletedTask;

    public bool IsUniqueViolation(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: Constraint, SqliteExtendedErrorCode: 2067 or 1555 };

    public bool IsTransient(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: Busy or Locked };

    public async Task<int> BulkInsertAsync(DbConnection connection, DbTransaction transaction, BulkTable table,
        IEnumerable<object?[]> rows, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {table.Name} ({string.Join(", ", table.Columns)}) VALUES ({string.Join(", ", table.Columns.Select((_, i) => "$p" + i))})";
        var parameters = table.Columns.Select((_, i) => command.CreateParameter()).ToArray();
        for (var i = 0; i < parameters.Length; i++)
        {
            parameters[i].ParameterName = "$p" + i;
            command.Parameters.Add(parameters[i]);
        }
        await command.PrepareAsync(ct);
        var count = 0;
        foreach (var row in rows)
        {
            for (var i = 0; i < parameters.Length; i++)
                parameters[i].Value = SqlValues.ForSqlite(row[i]);
            count += await command.ExecuteNonQueryAsync(ct);
        }
        return count;
    }

    public async Task ExecuteEachAsync(DbConnection connection, DbTransaction transaction, string sql, IReadOnlyList<string> parameters,
        IReadOnlyCollection<object?[]> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
            return;
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        var slots = parameters.Select(name =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            command.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        await command.PrepareAsync(ct);
        foreach (var row in rows)
        {
            for (var i = 0; i < slots.Length; i++)
                slots[i].Value = SqlValues.ForSqlite(row[i]);
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    public string InList(string column, string parameter) => $"{column} IN @{parameter}";

    public object IdList(IEnumerable<Guid> ids) => ids.Select(id => id.ToString("D")).ToArray();

    public string IdAsText(string column) => column;

    public IEnumerable<string> SplitScript(string script) => [script];
}
