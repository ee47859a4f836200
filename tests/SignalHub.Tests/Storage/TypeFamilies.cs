namespace SignalHub.Tests.Storage;

/// <summary>Each provider's column types, mapped to the kind of value they keep.</summary>
internal static class TypeFamilies
{
    public const string Id = "id", Text = "text", Integer = "integer", BigInt = "bigint", Decimal = "decimal",
        Boolean = "boolean", Timestamp = "timestamp", Date = "date", Blob = "blob";

    /// <summary>SQLite keeps ids, times and dates as TEXT and booleans as INTEGER, so its types admit several families.</summary>
    public static IReadOnlySet<string> Sqlite(string declared) => declared.ToUpperInvariant() switch
    {
        "TEXT" => Set(Id, Text, Timestamp, Date),
        "INTEGER" => Set(Integer, BigInt, Boolean),
        "NUMERIC" => Set(Decimal),
        "BLOB" => Set(Blob),
        var other => Set("unknown sqlite type " + other),
    };

    /// <summary>PostgreSQL's <c>information_schema.columns.data_type</c>.</summary>
    public static IReadOnlySet<string> Postgres(string dataType) => dataType switch
    {
        "uuid" => Set(Id),
        "character varying" or "character" or "text" => Set(Text),
        "integer" or "smallint" => Set(Integer),
        "bigint" => Set(BigInt),
        "numeric" => Set(Decimal),
        "boolean" => Set(Boolean),
        "timestamp with time zone" or "timestamp without time zone" => Set(Timestamp),
        "date" => Set(Date),
        "bytea" => Set(Blob),
        var other => Set("unknown postgres type " + other),
    };

    /// <summary>SQL Server's type names as ScriptDom spells them (<c>SqlDataTypeOption</c>).</summary>
    public static IReadOnlySet<string> SqlServer(string typeName) => typeName.ToUpperInvariant() switch
    {
        "UNIQUEIDENTIFIER" => Set(Id),
        "NVARCHAR" or "VARCHAR" or "NCHAR" or "CHAR" => Set(Text),
        "INT" or "SMALLINT" => Set(Integer),
        "BIGINT" => Set(BigInt),
        "DECIMAL" or "NUMERIC" => Set(Decimal),
        "BIT" => Set(Boolean),
        "DATETIME2" or "DATETIMEOFFSET" => Set(Timestamp),
        "DATE" => Set(Date),
        "VARBINARY" => Set(Blob),
        var other => Set("unknown sqlserver type " + other),
    };

    private static HashSet<string> Set(params string[] families) => new(families, StringComparer.Ordinal);
}
