using System.Reflection;
using System.Text.RegularExpressions;
using SignalHub.Storage;
using SignalHub.Storage.Dialects;

namespace SignalHub.Tests.Storage;

/// <summary>An SQL text of the application as SQL Server would receive it, and where it is written.</summary>
internal sealed record ApplicationStatement(string Place, string Sql, string Written);

/// <summary>
/// The SQL written in <c>src/SignalHub/**/*.cs</c>, made ready for the T-SQL parser. The rules that turn
/// a literal into a statement:
/// 1. A hole right after <c>IN (</c> is a subquery the caller passes: <c>SELECT 1</c>.
/// 2. A hole naming a string constant of the application (<c>{SignalRecord.Columns}</c>) becomes its value,
///    and a hole calling <c>IdAsText("x")</c> or <c>InList("c", "p")</c> becomes what the SQL Server dialect renders; any other hole
///    stands for a value: <c>hole_value</c>.
/// 3. Dapper's list parameter <c>IN @Ids</c> becomes <c>IN (@Ids)</c>.
/// 4. A literal passed straight to <c>Page(</c> is parsed as the SQL Server dialect pages it.
/// 5. A fragment appended to a query (<c>WHERE</c>, <c>AND</c>, <c>ORDER BY</c>...) is parsed after <c>SELECT 1 FROM fragment_host</c>.
/// Provider-only SQL belongs in the SQLite and PostgreSQL dialect files and the runner's other journal DDL: those are skipped.
/// </summary>
internal static partial class ApplicationSql
{
    private static readonly HashSet<string> ProviderOnlyFiles = ["SqliteDialect.cs", "PostgresDialect.cs", "SqlitePragmas.cs"];
    private static readonly SqlServerDialect SqlServer = new();

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SignalHub.sln")))
                return dir.FullName;
        }
        throw new DirectoryNotFoundException("SignalHub.sln not found above the test directory");
    }

    public static IReadOnlyList<ApplicationStatement> Statements()
    {
        var root = RepositoryRoot();
        var source = Path.Combine(root, "src", "SignalHub");
        var otherJournals = new[] { MigrationRunner.JournalDdl("postgres"), MigrationRunner.JournalDdl("sqlite") };
        var constants = StringConstants();
        return Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(Path.GetRelativePath(source, path)) && !ProviderOnlyFiles.Contains(Path.GetFileName(path)))
            .Order(StringComparer.Ordinal)
            .SelectMany(path => CSharpStringLiterals.Scan(Path.GetRelativePath(root, path).Replace('\\', '/'), File.ReadAllText(path)))
            .Where(literal => !otherJournals.Contains(literal.ToString()))
            .Select(literal => ToStatement(literal, constants))
            .OfType<ApplicationStatement>()
            .ToList();
    }

    /// <returns>null when the literal is no SQL.</returns>
    public static ApplicationStatement? ToStatement(SourceLiteral literal, IReadOnlyDictionary<string, string> constants)
    {
        var written = literal.ToString();
        var isStatement = StatementStart().IsMatch(written);
        var fragment = FragmentStart().Match(written);
        if (!isStatement && !fragment.Success)
            return null;
        var sql = "";
        foreach (var part in literal.Parts)
            sql += part.IsHole ? Substitute(part.Text, sql, constants) : part.Text;
        sql = ListParameter().Replace(sql, "IN ($1)");
        if (PageCall().IsMatch(literal.CodeBefore))
            sql = SqlServer.Page(sql);
        if (!isStatement)
            sql = (fragment.Groups[1].Value is "AND" or "OR" ? "SELECT 1 FROM fragment_host WHERE 1 = 1 " : "SELECT 1 FROM fragment_host ") + sql;
        return new ApplicationStatement($"{literal.File}:{literal.Line}", sql, written);
    }

    /// <summary>Every string constant of the application, by <c>Type.Name</c> and, where unambiguous, by name alone.</summary>
    public static IReadOnlyDictionary<string, string> StringConstants()
    {
        var fields = typeof(MigrationRunner).Assembly.GetTypes()
            .SelectMany(type => type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(field => field.IsLiteral && field.FieldType == typeof(string))
            .ToList();
        var byName = fields.GroupBy(f => f.Name).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => (string)g.Single().GetRawConstantValue()!);
        foreach (var field in fields)
            byName[$"{field.DeclaringType!.Name}.{field.Name}"] = (string)field.GetRawConstantValue()!;
        return byName;
    }

    private static string Substitute(string hole, string before, IReadOnlyDictionary<string, string> constants)
    {
        if (InOpen().IsMatch(before))
            return "SELECT 1";
        if (constants.TryGetValue(hole, out var value))
            return value;
        if (InListCall().Match(hole) is { Success: true } inList)
            return SqlServer.InList(inList.Groups[1].Value, inList.Groups[2].Value).Replace(" IN @", " IN (@", StringComparison.Ordinal) + ")";
        return IdAsTextCall().Match(hole) is { Success: true } call ? SqlServer.IdAsText(call.Groups[1].Value) : "hole_value";
    }

    private static bool IsBuildOutput(string relative) =>
        relative.Split(Path.DirectorySeparatorChar).Any(segment => segment is "obj" or "bin");

    // SQL here is written in capitals or all lower case; a capitalised word ("Update ...") is prose.
    [GeneratedRegex(@"^\s*(SELECT|INSERT|UPDATE|DELETE|WITH|CREATE|MERGE|DECLARE|select|insert|update|delete|with|create|merge|declare)\b")]
    private static partial Regex StatementStart();

    [GeneratedRegex(@"^\s*(WHERE|AND|OR|ORDER BY|GROUP BY)\s+\S")]
    private static partial Regex FragmentStart();

    [GeneratedRegex(@"\bIN\s*\(\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex InOpen();

    [GeneratedRegex(@"\bIN\s+(@\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex ListParameter();

    [GeneratedRegex(@"\.Page\(\s*$")]
    private static partial Regex PageCall();

    [GeneratedRegex("""InList\(\s*"([^"]*)"\s*,\s*"([^"]*)"\s*\)""")]
    private static partial Regex InListCall();

    [GeneratedRegex("""IdAsText\(\s*"([^"]*)"\s*\)""")]
    private static partial Regex IdAsTextCall();
}
