using System.Data.Common;
using Dapper;
using Npgsql;

namespace SignalHub.Storage.Dialects;

public sealed class PostgresDialect : ISqlDialect
{
    public string Name => "postgres";

    public DbConnection CreateConnection(string connectionString) => new NpgsqlConnection(connectionString);

    public void ValidateConnectionString(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (string.IsNullOrWhiteSpace(builder.Host))
            throw new StorageConfigurationException("Storage:ConnectionString for postgres needs 'Host=...'");
    }

    public string Page(string orderedSelect) => orderedSelect + " LIMIT @Take OFFSET @Skip";

    public Task LockAsync(DbConnection connection, DbTransaction transaction, string resource, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(
            "SELECT pg_advisory_xact_lock(@Key)", new { Key = LockKey(resource) }, transaction, cancellationToken: ct));

    public Task RefreshStatisticsAsync(DbConnection connection, DbTransaction transaction, string table, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition($"ANALYZE {table}", transaction: transaction, cancellationToken: ct));

    public bool IsUniqueViolation(Exception exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    public bool IsTransient(Exception exception) => exception switch
    {
        PostgresException pg => pg.IsTransient || pg.SqlState is PostgresErrorCodes.AdminShutdown
            or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.SerializationFailure
            or PostgresErrorCodes.DeadlockDetected,
        NpgsqlException npgsql => npgsql.IsTransient,
        _ => false,
    };

    public async Task<int> BulkInsertAsync(DbConnection connection, DbTransaction transaction, BulkTable table,
        IEnumerable<object?[]> rows, CancellationToken ct)
    {
        var npgsql = (NpgsqlConnection)connection;
        await using var writer = await npgsql.BeginBinaryImportAsync(
            $"COPY {table.Name} ({string.Join(", ", table.Columns)}) FROM STDIN (FORMAT BINARY)", ct);
        var count = 0;
        foreach (var row in rows)
        {
            await writer.StartRowAsync(ct);
            foreach (var value in row)
            {
                if (SqlValues.ForPostgres(value) is { } present)
                    await writer.WriteAsync(present, ct);
                else
                    await writer.WriteNullAsync(ct);
            }
            count++;
        }
        await writer.CompleteAsync(ct);
        return count;
    }

    public async Task ExecuteEachAsync(DbConnection connection, DbTransaction transaction, string sql, IReadOnlyList<string> parameters,
        IReadOnlyCollection<object?[]> rows, CancellationToken ct)
    {
        foreach (var slice in rows.Chunk(BatchSize))
        {
            await using var batch = new NpgsqlBatch((NpgsqlConnection)connection, (NpgsqlTransaction)transaction);
            foreach (var row in slice)
            {
                var command = new NpgsqlBatchCommand(sql);
                for (var i = 0; i < parameters.Count; i++)
                    command.Parameters.Add(new NpgsqlParameter(parameters[i], SqlValues.ForPostgres(row[i]) ?? DBNull.Value));
                batch.BatchCommands.Add(command);
            }
            await batch.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>Statements per round trip: large enough to hide the latency, small enough to keep one message modest.</summary>
    private const int BatchSize = 500;

    public string InList(string column, string parameter) => $"{column} = ANY(@{parameter})";

    public object IdList(IEnumerable<Guid> ids) => ids.ToArray();

    public string IdAsText(string column) => $"CAST({column} AS varchar(36))";

    public IEnumerable<string> SplitScript(string script) => [script];

    /// <summary>A stable 64-bit key per resource name (string.GetHashCode differs per process).</summary>
    internal static long LockKey(string resource)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in resource)
            hash = (hash ^ c) * 1099511628211UL;
        return unchecked((long)hash);
    }
}
