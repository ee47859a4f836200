namespace SignalHub.Tests.Storage;

/// <summary>
/// A column as one provider declares it. <paramref name="Families"/> holds the kinds of value the type can
/// keep (SQLite's TEXT keeps ids, text, times and dates alike); <paramref name="Size"/> is a length or
/// precision where the provider has one (<c>200</c>, <c>max</c>, <c>12,2</c>), else null.
/// </summary>
internal sealed record SchemaColumn(string Declared, IReadOnlySet<string> Families, bool Nullable, string? Size)
{
    public override string ToString() => $"{Declared}{(Size is null ? "" : $"({Size})")} {(Nullable ? "NULL" : "NOT NULL")}";
}

/// <summary>The tables and columns one provider ends up with after every migration.</summary>
internal sealed class SchemaSnapshot(string provider)
{
    private readonly SortedDictionary<string, SortedDictionary<string, SchemaColumn>> _tables = new(StringComparer.OrdinalIgnoreCase);

    public string Provider { get; } = provider;

    public IEnumerable<string> TableNames => _tables.Keys;

    public IReadOnlyDictionary<string, SchemaColumn>? Table(string name) => _tables.GetValueOrDefault(name);

    public void AddTable(string table) => _tables.TryAdd(table, new SortedDictionary<string, SchemaColumn>(StringComparer.OrdinalIgnoreCase));

    public void DropTable(string table) => _tables.Remove(table);

    public void SetColumn(string table, string column, SchemaColumn shape)
    {
        AddTable(table);
        _tables[table][column] = shape;
    }

    public void DropColumn(string table, string column) => _tables.GetValueOrDefault(table)?.Remove(column);

    public int ColumnCount => _tables.Values.Sum(t => t.Count);
}

/// <summary>Where providers' schemas drift apart: one line per difference, empty when they agree.</summary>
internal static class SchemaDiff
{
    public static IReadOnlyList<string> Compare(params SchemaSnapshot[] snapshots)
    {
        var problems = new List<string>();
        var tables = snapshots.SelectMany(s => s.TableNames).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            var missing = snapshots.Where(s => s.Table(table) is null).Select(s => s.Provider).ToList();
            if (missing.Count > 0)
            {
                problems.Add($"table {table}: missing in {string.Join(", ", missing)}");
                continue;
            }
            var columns = snapshots.SelectMany(s => s.Table(table)!.Keys).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal);
            foreach (var column in columns)
                problems.AddRange(CompareColumn(snapshots, table, column));
        }
        return problems;
    }

    private static IEnumerable<string> CompareColumn(SchemaSnapshot[] snapshots, string table, string column)
    {
        var missing = snapshots.Where(s => !s.Table(table)!.ContainsKey(column)).Select(s => s.Provider).ToList();
        if (missing.Count > 0)
        {
            yield return $"{table}.{column}: missing in {string.Join(", ", missing)}";
            yield break;
        }
        var shapes = snapshots.Select(s => (s.Provider, Shape: s.Table(table)![column])).ToList();
        var all = string.Join("; ", shapes.Select(x => $"{x.Provider} {x.Shape}"));
        if (shapes.Select(x => x.Shape.Nullable).Distinct().Count() > 1)
            yield return $"{table}.{column}: nullability differs: {all}";
        var common = shapes.Select(x => x.Shape.Families).Aggregate((IEnumerable<string>)shapes[0].Shape.Families, (acc, f) => acc.Intersect(f)).ToList();
        if (common.Count == 0)
            yield return $"{table}.{column}: no common type family ({string.Join("; ", shapes.Select(x => $"{x.Provider} {string.Join("|", x.Shape.Families)}"))}): {all}";
        if (shapes.Select(x => x.Shape.Size).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Count() > 1)
            yield return $"{table}.{column}: size differs: {all}";
    }
}
