using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Microsoft.Extensions.Logging;

namespace SignalHub.Storage;

/// <summary>
/// Applies the embedded, forward-only scripts of <c>schemas/db/{provider}/NNNN_verb_noun.sql</c> in order,
/// each in its own transaction under a database-wide lock, and records them in <c>schema_journal</c>.
/// Safe to run twice and from two processes at once: the second waits, then finds nothing to do.
/// </summary>
public sealed class MigrationRunner(Database database, TimeProvider clock, ILogger<MigrationRunner> logger)
{
    private const string LockName = "signalhub:migrations";

    public static IReadOnlyList<Migration> Embedded(string provider)
    {
        var assembly = typeof(MigrationRunner).Assembly;
        var prefix = $"migrations/{provider}/";
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => Migration.From(name[prefix.Length..], Read(assembly, name)))
            .OrderBy(m => m.Version)
            .ToList();
    }

    public async Task<IReadOnlyList<Migration>> MigrateAsync(CancellationToken ct)
    {
        var applied = new List<Migration>();
        foreach (var migration in Embedded(database.Dialect.Name))
        {
            var done = await database.InTransactionAsync(async (connection, transaction) =>
            {
                await database.Dialect.LockAsync(connection, transaction, LockName, ct);
                await connection.ExecuteAsync(new CommandDefinition(JournalDdl(database.Dialect.Name), transaction: transaction, cancellationToken: ct));
                var checksum = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
                    "SELECT checksum FROM schema_journal WHERE version = @Version", new { migration.Version }, transaction, cancellationToken: ct));
                if (checksum is not null)
                {
                    if (checksum != migration.Checksum)
                        throw new StorageConfigurationException($"migration {migration.Name} was changed after it was applied (checksum differs): add a new migration instead");
                    return false;
                }
                foreach (var batch in database.Dialect.SplitScript(migration.Script))
                    await connection.ExecuteAsync(new CommandDefinition(batch, transaction: transaction, commandTimeout: database.CommandTimeout, cancellationToken: ct));
                await connection.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO schema_journal (version, name, checksum, applied_at) VALUES (@Version, @Name, @Checksum, @AppliedAt)",
                    new { migration.Version, migration.Name, migration.Checksum, AppliedAt = clock.GetUtcNow().UtcDateTime }, transaction, cancellationToken: ct));
                return true;
            }, ct);
            if (done)
            {
                logger.LogInformation("Applied migration {Migration} on {Provider}", migration.Name, database.Dialect.Name);
                applied.Add(migration);
            }
        }
        return applied;
    }

    // The journal itself is the one table created outside the numbered scripts, so a fresh database can lock and look.
    internal static string JournalDdl(string provider) => provider switch
    {
        "sqlserver" => """
            IF OBJECT_ID('schema_journal') IS NULL
            CREATE TABLE schema_journal (version int NOT NULL PRIMARY KEY, name nvarchar(200) NOT NULL, checksum char(64) NOT NULL, applied_at datetime2 NOT NULL)
            """,
        "postgres" => "CREATE TABLE IF NOT EXISTS schema_journal (version int NOT NULL PRIMARY KEY, name varchar(200) NOT NULL, checksum char(64) NOT NULL, applied_at timestamptz NOT NULL)",
        _ => "CREATE TABLE IF NOT EXISTS schema_journal (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)",
    };

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}

/// <summary>One numbered script; the checksum catches an edited, already-applied migration.</summary>
public sealed record Migration(int Version, string Name, string Script, string Checksum)
{
    public static Migration From(string fileName, string script)
    {
        var underscore = fileName.IndexOf('_', StringComparison.Ordinal);
        if (underscore != 4 || !int.TryParse(fileName[..4], out var version))
            throw new StorageConfigurationException($"migration '{fileName}' must be named NNNN_verb_noun.sql");
        var normalised = script.Replace("\r\n", "\n", StringComparison.Ordinal);
        var checksum = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));
        return new Migration(version, fileName, script, checksum);
    }
}
