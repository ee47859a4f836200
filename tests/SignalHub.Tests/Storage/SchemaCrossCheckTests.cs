using SignalHub.Storage;
using SignalHub.Storage.Dialects;

namespace SignalHub.Tests.Storage;

/// <summary>
/// The three dialects' scripts must describe one schema. SQLite and PostgreSQL are migrated for real by
/// the application's runner and read back; SQL Server's schema is read from its scripts' syntax trees.
/// </summary>
public sealed class SchemaCrossCheckTests
{
    [Test]
    public async Task Every_dialect_should_end_with_the_same_tables_columns_nullability_and_type_families()
    {
        var sqlite = await MigratedSqliteAsync();
        await using var postgresDatabase = await ScratchDatabase.PostgresAsync();
        await postgresDatabase.Runner().MigrateAsync(CancellationToken.None);
        var postgres = await postgresDatabase.Database().ReadAsync(LiveSchema.PostgresAsync, CancellationToken.None);
        var sqlServer = SqlServerSchema.Read(SqlServerBatches());

        var drift = SchemaDiff.Compare(sqlite, postgres, sqlServer);

        TestContext.Out.WriteLine($"compared {sqlServer.TableNames.Count()} tables, {sqlServer.ColumnCount} columns (sqlite {sqlite.ColumnCount}, postgres {postgres.ColumnCount})");
        Assert.That(sqlServer.TableNames, Does.Contain("schema_journal").And.Contain("signals"), "the SQL Server scripts were not read");
        Assert.That(drift, Is.Empty, "the dialects' schemas drifted apart:\n" + string.Join("\n", drift));
    }

    // Each edit of the SQL Server script is a drift the cross-check must name; the last one is none.
    [TestCase("    crisis bit NOT NULL,", "    crisis bit NULL,", "signals.crisis: nullability differs")]
    [TestCase("    amount decimal(12,2) NULL,", "    amount date NULL,", "signals.amount: no common type family")]
    [TestCase("    amount decimal(12,2) NULL,", "    amount decimal(10,2) NULL,", "signals.amount: size differs")]
    [TestCase("    collection_stage nvarchar(32) NULL,", "    collection_stage nvarchar NULL,", "signals.collection_stage: size differs")]
    [TestCase("    remark nvarchar(1000) NULL,\n", "", "signals.remark: missing in sqlserver (edited)")]
    [TestCase("CREATE TABLE areas (", "CREATE TABLE area (", "table area: missing in sqlite, sqlserver")]
    [TestCase("CREATE INDEX ix_cases_queue", "ALTER TABLE cases DROP COLUMN team;\nCREATE INDEX ix_cases_queue", "cases.team: missing in sqlserver (edited)")]
    [TestCase("CREATE INDEX ix_matches_queue", "ALTER TABLE matches ALTER COLUMN status nvarchar(32);\nCREATE INDEX ix_matches_queue", "matches.status: nullability differs")]
    [TestCase("CREATE INDEX ix_outbox_unpublished", "ALTER TABLE outbox ADD retries int NOT NULL;\nCREATE INDEX ix_outbox_unpublished", "outbox.retries: missing in sqlite, sqlserver")]
    [TestCase("    consumer nvarchar(100) NOT NULL,", "    consumer nvarchar(100),", null)]
    public async Task When_the_sqlserver_script_drifts_Should_name_the_difference(string find, string replace, string? expected)
    {
        var script = string.Join("\nGO\n", SqlServerBatches()).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.That(script, Does.Contain(find), "the edit no longer fits the migration script");
        var at = script.IndexOf(find, StringComparison.Ordinal);
        var edited = string.Concat(script.AsSpan(0, at), replace, script.AsSpan(at + find.Length));
        var sqlite = await MigratedSqliteAsync();

        var drift = SchemaDiff.Compare(sqlite, SqlServerSchema.Read(SqlServerBatches()),
            SqlServerSchema.Read(new SqlServerDialect().SplitScript(edited), "sqlserver (edited)"));

        if (expected is null)
            Assert.That(drift, Is.Empty);
        else
            Assert.That(drift, Has.Some.StartsWith(expected));
    }

    private static IEnumerable<string> SqlServerBatches()
    {
        var dialect = new SqlServerDialect();
        return MigrationRunner.Embedded("sqlserver").SelectMany(m => dialect.SplitScript(m.Script)).Append(MigrationRunner.JournalDdl("sqlserver"));
    }

    private static async Task<SchemaSnapshot> MigratedSqliteAsync()
    {
        await using var scratch = ScratchDatabase.Sqlite();
        await scratch.Runner().MigrateAsync(CancellationToken.None);
        return await scratch.Database().ReadAsync(LiveSchema.SqliteAsync, CancellationToken.None);
    }
}
