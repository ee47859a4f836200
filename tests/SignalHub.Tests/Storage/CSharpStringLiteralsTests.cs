namespace SignalHub.Tests.Storage;

/// <summary>The source scan must see every way C# writes a string, or SQL could hide from the T-SQL check.</summary>
public sealed class CSharpStringLiteralsTests
{
    private const string Q = "\"";
    private const string Raw = "\"\"\"";

    [TestCase("var a = " + Q + "SELECT 1 FROM t" + Q + ";", "SELECT 1 FROM t")]
    [TestCase("var a = " + Q + "SELECT \\" + Q + "x\\" + Q + " FROM t" + Q + ";", "SELECT \"x\" FROM t")]
    [TestCase("var a = @" + Q + "SELECT " + Q + Q + "x" + Q + Q + "\n FROM t" + Q + ";", "SELECT \"x\"\n FROM t")]
    [TestCase("var a = " + Raw + "SELECT 1" + Raw + ";", "SELECT 1")]
    [TestCase("var a = " + Raw + "\n        SELECT 1\n          FROM t\n        " + Raw + ";", "SELECT 1\n  FROM t")]
    [TestCase("var a = $" + Q + "SELECT {x} FROM {{t}}" + Q + ";", "SELECT {x} FROM {t}")]
    [TestCase("var a = $@" + Q + "SELECT {x}" + Q + ";", "SELECT {x}")]
    [TestCase("var a = $" + Raw + "\n    SELECT {Cols}\n    FROM t WHERE k IN ({keys})\n    " + Raw + ";", "SELECT {Cols}\nFROM t WHERE k IN ({keys})")]
    [TestCase("var a = $$" + Raw + "SELECT '{x}', {{y}}" + Raw + ";", "SELECT '{x}', {y}")]
    [TestCase("var a = $" + Q + "SELECT {(b ? " + Q + "x" + Q + " : $" + Q + "{c:N0}" + Q + ")} FROM t" + Q + ";", "SELECT {(b ? \"x\" : $\"{c:N0}\")} FROM t")]
    [TestCase("var a = $" + Q + "SELECT {global::N.C.V,5:X} FROM t" + Q + ";", "SELECT {global::N.C.V} FROM t")]
    public void When_a_literal_is_written_in_any_form_Should_read_its_text(string code, string expected)
    {
        var literals = CSharpStringLiterals.Scan("Sample.cs", code);

        Assert.That(literals.Select(l => l.ToString()), Is.EqualTo(new[] { expected }));
    }

    [Test]
    public void When_code_has_comments_and_characters_Should_find_only_real_literals_on_their_lines()
    {
        var code = """
            // "SELECT in a comment"
            var quote = '"'; var brace = '{';
            /* "SELECT in a block" */ var a = "first";
            var b = @"second";
            """;

        var literals = CSharpStringLiterals.Scan("Sample.cs", code);

        Assert.That(literals.Select(l => (l.ToString(), l.Line)), Is.EqualTo(new[] { ("first", 3), ("second", 4) }));
    }

    [Test]
    public void When_holes_are_substituted_Should_use_the_caller_subquery_the_constant_and_the_dialect()
    {
        var code = "var q = $" + Raw + "\n    SELECT {Cols}, {d.IdAsText(\"o.id\")} FROM o WHERE k IN ({keys}) AND n = {n}\n    " + Raw + ";";
        var literal = CSharpStringLiterals.Scan("Sample.cs", code).Single();

        var statement = ApplicationSql.ToStatement(literal, new Dictionary<string, string> { ["Cols"] = "o.a, o.b" })!;

        Assert.That(statement.Sql, Is.EqualTo("SELECT o.a, o.b, LOWER(CAST(o.id AS nvarchar(36))) FROM o WHERE k IN (SELECT 1) AND n = hole_value"));
    }
}
