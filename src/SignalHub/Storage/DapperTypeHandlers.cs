using System.Data;
using System.Globalization;
using Dapper;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace SignalHub.Storage;

/// <summary>
/// Dapper's handlers are process-wide, and tests run SQLite and PostgreSQL in one process, so each handler
/// looks at the parameter's provider instead of assuming one.
/// </summary>
internal static class DapperTypeHandlers
{
    // A Lazy, not a flag: a second stack starting at the same moment (parallel test fixtures) waits until the
    // handlers are in place instead of querying without them.
    private static readonly Lazy<bool> Registration = new(RegisterAll);

    public static void Register() => _ = Registration.Value;

    private static bool RegisterAll()
    {
        SqlMapper.RemoveTypeMap(typeof(Guid));
        SqlMapper.RemoveTypeMap(typeof(Guid?));
        SqlMapper.AddTypeHandler(new GuidHandler());
        SqlMapper.RemoveTypeMap(typeof(DateTime));
        SqlMapper.RemoveTypeMap(typeof(DateTime?));
        SqlMapper.AddTypeHandler(new UtcDateTimeHandler());
        SqlMapper.AddTypeHandler(new DateOnlyHandler());
        SqlMapper.AddTypeHandler(new MoneyDecimalHandler());
        return true;
    }

    private static object? ToProvider(IDbDataParameter parameter, object? value) => parameter switch
    {
        SqliteParameter => SqlValues.ForSqlite(value),
        SqlParameter => SqlValues.ForSqlServer(value),
        _ => SqlValues.ForPostgres(value),
    };

    private sealed class GuidHandler : SqlMapper.TypeHandler<Guid>
    {
        public override void SetValue(IDbDataParameter parameter, Guid value) => parameter.Value = ToProvider(parameter, value);

        public override Guid Parse(object value) => value switch
        {
            Guid id => id,
            string text => Guid.Parse(text),
            byte[] bytes => new Guid(bytes),
            _ => throw new DataException($"cannot read {value.GetType().Name} as an id"),
        };
    }

    private sealed class UtcDateTimeHandler : SqlMapper.TypeHandler<DateTime>
    {
        public override void SetValue(IDbDataParameter parameter, DateTime value) => parameter.Value = ToProvider(parameter, value);

        public override DateTime Parse(object value) => value switch
        {
            DateTime time => SqlValues.Utc(time),
            DateTimeOffset offset => offset.UtcDateTime,
            string text => DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
            _ => throw new DataException($"cannot read {value.GetType().Name} as a time"),
        };
    }

    private sealed class DateOnlyHandler : SqlMapper.TypeHandler<DateOnly>
    {
        public override void SetValue(IDbDataParameter parameter, DateOnly value) => parameter.Value = ToProvider(parameter, value);

        public override DateOnly Parse(object value) => value switch
        {
            DateOnly date => date,
            DateTime time => DateOnly.FromDateTime(time),
            string text => DateOnly.ParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => throw new DataException($"cannot read {value.GetType().Name} as a date"),
        };
    }

    /// <summary>SQLite keeps NUMERIC as a double; money always comes back at two places.</summary>
    private sealed class MoneyDecimalHandler : SqlMapper.TypeHandler<decimal>
    {
        public override void SetValue(IDbDataParameter parameter, decimal value) => parameter.Value = value;

        public override decimal Parse(object value) => Math.Round(Convert.ToDecimal(value, CultureInfo.InvariantCulture), 2, MidpointRounding.AwayFromZero);
    }
}
