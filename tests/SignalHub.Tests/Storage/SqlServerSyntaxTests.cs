using SignalHub.Storage;
using SignalHub.Storage.Dialects;

namespace SignalHub.Tests.Storage;

/// <summary>
/// No SQL Server runs here, so every text SQL Server would receive is parsed as T-SQL 2019 instead: the
/// migrations batch by batch, what the dialect renders, and the SQL written in the application's source.
/// </summary>
public sealed class SqlServerSyntaxTests
{
    private static readonly SqlServerDialect Dialect = new();

    private const string OrderedSelect = """
        SELECT id AS Id, message_type AS MessageType FROM outbox WHERE published_at IS NULL ORDER BY created_at, id
        """;

    [Test]
    public void Every_sqlserver_migration_batch_should_parse_as_TSql()
    {
        var migrations = MigrationRunner.Embedded("sqlserver");
        var problems = new List<string>();
        var batches = 0;
        foreach (var migration in migrations)
        {
            var searchFrom = 0;
            foreach (var batch in Dialect.SplitScript(migration.Script))
            {
                batches++;
                var start = migration.Script.IndexOf(batch, searchFrom, StringComparison.Ordinal);
                searchFrom = start + batch.Length;
                var linesBefore = migration.Script.AsSpan(0, start).Count('\n');
                problems.AddRange(TSqlCheck.Problems(batch).Select(p =>
                    $"schemas/db/sqlserver/{migration.Name}:{linesBefore + p.Line}:{p.Column}: {p.Message}"));
            }
        }

        TestContext.Out.WriteLine($"{migrations.Count} SQL Server migrations, {batches} batches parsed");
        Assert.That(migrations, Is.Not.Empty, "no SQL Server migrations are embedded");
        Assert.That(problems, Is.Empty, string.Join("\n", problems));
    }

    private static IEnumerable<TestCaseData> DialectStatements()
    {
        yield return new TestCaseData(Dialect.Page(OrderedSelect)).SetArgDisplayNames("Page");
        yield return new TestCaseData(SqlServerDialect.LockSql).SetArgDisplayNames("LockSql");
        yield return new TestCaseData($"SELECT {Dialect.IdAsText("o.id")} AS Id FROM outbox o").SetArgDisplayNames("IdAsText");
        yield return new TestCaseData(MigrationRunner.JournalDdl("sqlserver")).SetArgDisplayNames("JournalDdl");
        foreach (var batch in Dialect.SplitScript("CREATE TABLE a (id int NOT NULL)\nGO\nCREATE INDEX ix_a ON a (id);\n  go  \n"))
            yield return new TestCaseData(batch).SetArgDisplayNames("SplitScript batch");
    }

    [TestCaseSource(nameof(DialectStatements))]
    public void What_the_sqlserver_dialect_renders_should_parse_as_TSql(string sql)
    {
        Assert.That(TSqlCheck.Problems(sql), Is.Empty, sql);
    }

    private static readonly string[] ExpectedBatches = ["CREATE TABLE a (id int)", "CREATE TABLE b (id int)", "GOOD_NAME_IS_NO_SEPARATOR"];

    [Test]
    public void When_a_script_has_GO_lines_Should_split_into_batches_without_them()
    {
        var batches = Dialect.SplitScript("CREATE TABLE a (id int)\nGO\nCREATE TABLE b (id int)\n  go ;\nGOOD_NAME_IS_NO_SEPARATOR\n").ToList();

        Assert.That(batches.Select(b => b.Trim()), Is.EqualTo(ExpectedBatches));
    }

    [Test]
    public void Every_sql_text_in_the_application_source_should_parse_as_TSql()
    {
        var statements = ApplicationSql.Statements();
        var problems = statements
            .SelectMany(s => TSqlCheck.Problems(s.Sql).Select(p => $"{s.Place}: {p}\n    as written: {s.Written}\n    as parsed:  {s.Sql}"))
            .ToList();

        TestContext.Out.WriteLine($"{statements.Count} SQL literals in src/SignalHub parsed as T-SQL:");
        foreach (var statement in statements)
            TestContext.Out.WriteLine($"  {statement.Place}");
        Assert.That(statements, Has.Count.GreaterThanOrEqualTo(30), "the scan found too few SQL literals: is it still reading src/SignalHub?");
        Assert.That(problems, Is.Empty, "SQL that SQL Server cannot run (move provider-only SQL into a dialect):\n" + string.Join("\n", problems));
    }

    // The rules that make a literal parseable, and the mistakes that must still fail.
    [TestCase("SELECT 1 FROM signals WHERE id IN @Ids", true)]
    [TestCase("SELECT id FROM matches LIMIT 10", false)]
    [TestCase("SELECT id FROM matches WHERE actionable = true", false)]
    [TestCase("INSERT INTO inbox (consumer) VALUES (@C) ON CONFLICT DO NOTHING", false)]
    [TestCase("SELECT id FROM matches WHERE created_at < NOW()", false)]
    [TestCase("UPDATE matches SET status = @S WHERE id = @Id RETURNING id", false)]
    [TestCase("SELECT id::text FROM matches", false)]
    [TestCase("CREATE TABLE IF NOT EXISTS t (id int)", false)]
    public void When_a_literal_is_checked_Should_accept_only_TSql(string sql, bool accepted)
    {
        var literal = new SourceLiteral("Sample.cs", 1, [new LiteralPart(sql, false)], "");

        var statement = ApplicationSql.ToStatement(literal, new Dictionary<string, string>())!;

        Assert.That(TSqlCheck.Problems(statement.Sql), accepted ? Is.Empty : Is.Not.Empty, statement.Sql);
    }

    [Test]
    public void When_a_paged_literal_has_no_ORDER_BY_Should_fail_as_SQL_Server_would()
    {
        var literal = new SourceLiteral("Sample.cs", 1, [new LiteralPart("SELECT id FROM outbox", false)], "database.Dialect.Page(");

        var statement = ApplicationSql.ToStatement(literal, new Dictionary<string, string>())!;

        Assert.Multiple(() =>
        {
            Assert.That(statement.Sql, Does.EndWith("OFFSET @Skip ROWS FETCH NEXT @Take ROWS ONLY"));
            Assert.That(TSqlCheck.Problems(statement.Sql), Is.Not.Empty);
        });
    }
}
