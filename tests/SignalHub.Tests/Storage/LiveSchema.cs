using System.Data.Common;
using Dapper;

namespace SignalHub.Tests.Storage;

/// <summary>Reads the tables and columns a migrated SQLite or PostgreSQL database really has.</summary>
internal static class LiveSchema
{
    public static async Task<SchemaSnapshot> SqliteAsync(DbConnection connection)
    {
        var snapshot = new SchemaSnapshot("sqlite");
        var tables = await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
        foreach (var table in tables)
        {
            snapshot.AddTable(table);
            var columns = await connection.QueryAsync<SqliteColumn>(
                "SELECT name AS Name, type AS Type, \"notnull\" AS Required FROM pragma_table_info(@Table)", new { Table = table });
            foreach (var column in columns)
                snapshot.SetColumn(table, column.Name, new SchemaColumn(column.Type, TypeFamilies.Sqlite(column.Type), column.Required == 0, null));
        }
        return snapshot;
    }

    /// <summary>Quartz's own tables (qrtz_*) are left out: they are Quartz's schema, created only where it runs clustered.</summary>
    public static async Task<SchemaSnapshot> PostgresAsync(DbConnection connection)
    {
        var snapshot = new SchemaSnapshot("postgres");
        var columns = await connection.QueryAsync<PostgresColumn>("""
            SELECT c.table_name AS TableName, c.column_name AS ColumnName, c.data_type AS DataType, c.is_nullable AS IsNullable,
                   c.character_maximum_length AS MaxLength, c.numeric_precision AS NumericPrecision, c.numeric_scale AS NumericScale
            FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
            WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.table_name NOT LIKE 'qrtz%'
            """);
        foreach (var column in columns)
        {
            var families = TypeFamilies.Postgres(column.DataType);
            var size = families.Contains(TypeFamilies.Text) ? column.MaxLength?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "max"
                : families.Contains(TypeFamilies.Decimal) ? $"{column.NumericPrecision},{column.NumericScale}"
                : null;
            snapshot.SetColumn(column.TableName, column.ColumnName, new SchemaColumn(column.DataType, families, column.IsNullable == "YES", size));
        }
        return snapshot;
    }

    private sealed class SqliteColumn
    {
        public string Name { get; init; } = "";
        public string Type { get; init; } = "";
        public long Required { get; init; }
    }

    private sealed class PostgresColumn
    {
        public string TableName { get; init; } = "";
        public string ColumnName { get; init; } = "";
        public string DataType { get; init; } = "";
        public string IsNullable { get; init; } = "";
        public int? MaxLength { get; init; }
        public int? NumericPrecision { get; init; }
        public int? NumericScale { get; init; }
    }
}
