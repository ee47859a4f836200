using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace SignalHub.Tests.Storage;

/// <summary>
/// Checks SQL text as SQL Server 2019 reads it, without a server: ScriptDom's parser, plus the mistakes
/// that parse but cannot run: a bare <c>true</c>/<c>false</c> (read as a column name), PostgreSQL's
/// <c>x::type</c> (read as a CLR type member) and functions that exist only in SQLite or PostgreSQL.
/// </summary>
internal static class TSqlCheck
{
    private static readonly HashSet<string> OtherProvidersFunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        "NOW", "IFNULL", "STRFTIME", "DATETIME", "JULIANDAY", "RANDOM", "GEN_RANDOM_UUID", "GREATEST", "LEAST",
        "ARRAY_AGG", "GROUP_CONCAT", "UNNEST", "PG_ADVISORY_XACT_LOCK", "LAST_INSERT_ROWID", "TO_CHAR",
    };

    public static TSqlFragment Parse(string sql, out IList<ParseError> errors) =>
        new TSql150Parser(initialQuotedIdentifiers: true).Parse(new StringReader(sql), out errors);

    /// <summary>What SQL Server would refuse in <paramref name="sql"/>; empty when it would accept the text.</summary>
    public static IReadOnlyList<TSqlProblem> Problems(string sql)
    {
        var fragment = Parse(sql, out var errors);
        if (errors.Count > 0)
            return errors.Select(e => new TSqlProblem(e.Line, e.Column, e.Message)).ToList();
        var portability = new PortabilityVisitor();
        fragment.Accept(portability);
        return portability.Problems;
    }

    private sealed class PortabilityVisitor : TSqlFragmentVisitor
    {
        public List<TSqlProblem> Problems { get; } = [];

        public override void Visit(ColumnReferenceExpression node)
        {
            if (node.MultiPartIdentifier?.Identifiers is [{ QuoteType: QuoteType.NotQuoted } only]
                && only.Value.ToUpperInvariant() is "TRUE" or "FALSE")
                Problems.Add(new TSqlProblem(node.StartLine, node.StartColumn, $"'{only.Value}' is no boolean in T-SQL; pass a bool parameter (bit) instead"));
        }

        // SQL Server reads "x::text" as a CLR type's member; here it is always PostgreSQL's cast.
        public override void Visit(UserDefinedTypeCallTarget node) =>
            Problems.Add(new TSqlProblem(node.StartLine, node.StartColumn, "'::' is PostgreSQL's cast; use CAST(x AS type)"));

        public override void Visit(FunctionCall node)
        {
            if (node.CallTarget is null && OtherProvidersFunctions.Contains(node.FunctionName.Value))
                Problems.Add(new TSqlProblem(node.StartLine, node.StartColumn, $"{node.FunctionName.Value}() does not exist in SQL Server 2019"));
        }
    }
}

/// <summary>Where in the parsed text SQL Server would stop, and why.</summary>
internal sealed record TSqlProblem(int Line, int Column, string Message)
{
    public override string ToString() => $"line {Line}, column {Column}: {Message}";
}
