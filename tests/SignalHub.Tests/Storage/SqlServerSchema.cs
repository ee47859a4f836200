using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace SignalHub.Tests.Storage;

/// <summary>
/// The schema SQL Server would end up with, read from the scripts' syntax trees in order: CREATE TABLE,
/// ALTER TABLE ADD / ALTER COLUMN / DROP COLUMN and DROP TABLE. Nullability follows SQL Server's rules:
/// a primary key column is NOT NULL, an unmarked column is NULL, and ALTER COLUMN without NOT NULL makes it NULL.
/// </summary>
internal sealed class SqlServerSchema : TSqlFragmentVisitor
{
    private readonly SchemaSnapshot _snapshot;

    private SqlServerSchema(string name) => _snapshot = new SchemaSnapshot(name);

    public static SchemaSnapshot Read(IEnumerable<string> batches, string name = "sqlserver")
    {
        var reader = new SqlServerSchema(name);
        foreach (var batch in batches)
        {
            var fragment = TSqlCheck.Parse(batch, out var errors);
            if (errors.Count > 0)
                throw new InvalidOperationException($"T-SQL does not parse: line {errors[0].Line}: {errors[0].Message}\n{batch}");
            fragment.Accept(reader);
        }
        return reader._snapshot;
    }

    public override void Visit(CreateTableStatement node)
    {
        var table = node.SchemaObjectName.BaseIdentifier.Value;
        var keyColumns = node.Definition.TableConstraints.OfType<UniqueConstraintDefinition>()
            .Where(c => c.IsPrimaryKey)
            .SelectMany(c => c.Columns.Select(k => k.Column.MultiPartIdentifier.Identifiers[^1].Value))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        _snapshot.AddTable(table);
        foreach (var column in node.Definition.ColumnDefinitions)
            AddColumn(table, column, keyColumns.Contains(column.ColumnIdentifier.Value));
    }

    public override void Visit(AlterTableAddTableElementStatement node)
    {
        foreach (var column in node.Definition.ColumnDefinitions)
            AddColumn(node.SchemaObjectName.BaseIdentifier.Value, column, inTableKey: false);
    }

    public override void Visit(AlterTableAlterColumnStatement node)
    {
        if (node.DataType is null)
            return;
        var nullable = node.AlterTableAlterColumnOption != AlterTableAlterColumnOption.NotNull;
        _snapshot.SetColumn(node.SchemaObjectName.BaseIdentifier.Value, node.ColumnIdentifier.Value, Shape(node.DataType, nullable));
    }

    public override void Visit(AlterTableDropTableElementStatement node)
    {
        foreach (var element in node.AlterTableDropTableElements.Where(e => e.TableElementType == TableElementType.Column))
            _snapshot.DropColumn(node.SchemaObjectName.BaseIdentifier.Value, element.Name.Value);
    }

    public override void Visit(DropTableStatement node)
    {
        foreach (var table in node.Objects)
            _snapshot.DropTable(table.BaseIdentifier.Value);
    }

    private void AddColumn(string table, ColumnDefinition column, bool inTableKey)
    {
        var declaredNull = column.Constraints.OfType<NullableConstraintDefinition>().Select(c => (bool?)c.Nullable).LastOrDefault();
        var primaryKey = inTableKey || column.Constraints.OfType<UniqueConstraintDefinition>().Any(c => c.IsPrimaryKey);
        _snapshot.SetColumn(table, column.ColumnIdentifier.Value, Shape(column.DataType, declaredNull ?? !primaryKey));
    }

    private static SchemaColumn Shape(DataTypeReference type, bool nullable)
    {
        var name = type is SqlDataTypeReference sql ? sql.SqlDataTypeOption.ToString() : type.Name.BaseIdentifier.Value;
        var parameters = (type as ParameterizedDataTypeReference)?.Parameters.Select(p => p is MaxLiteral ? "max" : p.Value).ToList() ?? [];
        var families = TypeFamilies.SqlServer(name);
        string? size = null;
        if (families.Contains(TypeFamilies.Text))
            size = parameters.Count == 0 ? "1" : parameters[0]; // nvarchar without a length is nvarchar(1)
        else if (families.Contains(TypeFamilies.Decimal))
            size = parameters.Count == 0 ? "18,0" : string.Join(",", parameters.Count == 1 ? [parameters[0], "0"] : parameters);
        return new SchemaColumn(name.ToLowerInvariant(), families, nullable, size);
    }
}
