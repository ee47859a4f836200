using System.Globalization;

namespace SignalHub.Storage;

/// <summary>
/// How our CLR values travel to each provider where their drivers disagree: SQLite keeps ids and dates as
/// text, SQL Server's 2.1 client knows no DateOnly, PostgreSQL wants UTC timestamps.
/// </summary>
internal static class SqlValues
{
    public static object? ForSqlite(object? value) => value switch
    {
        null => DBNull.Value,
        Guid id => id.ToString("D"),
        DateTime time => Utc(time).ToString("yyyy-MM-dd HH:mm:ss.fffffff", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool flag => flag ? 1 : 0,
        _ => value,
    };

    public static object? ForPostgres(object? value) => value switch
    {
        DateTime time => Utc(time),
        _ => value,
    };

    public static object? ForSqlServer(object? value) => value switch
    {
        DateOnly date => date.ToDateTime(TimeOnly.MinValue),
        DateTime time => Utc(time),
        _ => value,
    };

    public static DateTime Utc(DateTime time) => time.Kind switch
    {
        DateTimeKind.Utc => time,
        DateTimeKind.Local => time.ToUniversalTime(),
        _ => DateTime.SpecifyKind(time, DateTimeKind.Utc),
    };
}
