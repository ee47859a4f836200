using System.Data.Common;
using Microsoft.Extensions.Options;
using Polly;
using SignalHub.Storage.Dialects;
using SignalHub.Telemetry;

namespace SignalHub.Storage;

/// <summary>Opens connections and runs units of work, retrying the provider's transient errors.</summary>
public sealed class Database
{
    private readonly string _connectionString;
    private readonly ResiliencePipeline _retry;

    public Database(ISqlDialect dialect, IOptions<StorageOptions> options, TransientRetry retry)
    {
        Dialect = dialect;
        _connectionString = options.Value.ConnectionString;
        CommandTimeout = options.Value.CommandTimeoutSeconds;
        _retry = retry.Pipeline;
    }

    public ISqlDialect Dialect { get; }

    public int CommandTimeout { get; }

    public async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        var connection = Dialect.CreateConnection(_connectionString);
        try
        {
            await connection.OpenAsync(ct);
            if (Dialect is SqliteDialect)
                await SqlitePragmas.ApplyAsync(connection, ct);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Runs <paramref name="work"/> in one transaction; a transient failure reruns it whole.</summary>
    public Task<T> InTransactionAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken ct) =>
        _retry.ExecuteAsync(async token =>
        {
            using var span = SignalHubActivity.StartDatabase(Dialect.Name, "transaction");
            await using var connection = await OpenAsync(token);
            await using var transaction = await connection.BeginTransactionAsync(token);
            var result = await work(connection, transaction);
            await transaction.CommitAsync(token);
            return result;
        }, ct).AsTask();

    public Task InTransactionAsync(Func<DbConnection, DbTransaction, Task> work, CancellationToken ct) =>
        InTransactionAsync<bool>(async (c, t) => { await work(c, t); return true; }, ct);

    /// <summary>Runs a read on its own connection, retried like a transaction.</summary>
    public Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> read, CancellationToken ct) =>
        _retry.ExecuteAsync(async token =>
        {
            using var span = SignalHubActivity.StartDatabase(Dialect.Name, "read");
            await using var connection = await OpenAsync(token);
            return await read(connection);
        }, ct).AsTask();
}
