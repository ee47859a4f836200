using System.Data.Common;
using Dapper;

namespace SignalHub.Storage;

/// <summary>WAL lets the portal read while a worker writes; busy_timeout waits instead of failing at once.</summary>
internal static class SqlitePragmas
{
    public static Task ApplyAsync(DbConnection connection, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(
            "PRAGMA journal_mode=WAL; PRAGMA busy_timeout=30000; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;",
            cancellationToken: ct));
}
