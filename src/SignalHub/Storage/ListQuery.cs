using System.Data.Common;
using Dapper;

namespace SignalHub.Storage;

/// <summary>
/// A read over a list of keys known in memory, in slices a statement can carry on every provider (SQL Server
/// takes some 2,100 parameters). A key list in hand gives the planner exact numbers, where a subquery over a
/// table that was just bulk-loaded lets it guess from stale statistics (a 100-second nested loop, once).
/// </summary>
public static class ListQuery
{
    public const int SliceSize = 1000;

    /// <param name="sql">A statement whose IN list is the parameter <c>@Keys</c>, written with <c>ISqlDialect.InList</c>.</param>
    /// <param name="asParameter">A slice of keys as the provider takes it: the slice itself for text, <c>ISqlDialect.IdList</c> for ids.</param>
    public static async Task<List<T>> ReadAsync<T, TKey>(DbConnection c, DbTransaction t, string sql, IEnumerable<TKey> keys,
        Func<TKey[], object> asParameter, object? parameters, CancellationToken ct)
    {
        var rows = new List<T>();
        foreach (var slice in keys.Distinct().Chunk(SliceSize))
        {
            var args = new DynamicParameters(parameters);
            args.Add("Keys", asParameter(slice));
            rows.AddRange(await c.QueryAsync<T>(new CommandDefinition(sql, args, t, cancellationToken: ct)));
        }
        return rows;
    }

    /// <summary>A statement run once per slice of keys, as <see cref="ReadAsync{T, TKey}"/> reads.</summary>
    public static async Task<int> ExecuteAsync<TKey>(DbConnection c, DbTransaction t, string sql, IEnumerable<TKey> keys,
        Func<TKey[], object> asParameter, object? parameters, CancellationToken ct)
    {
        var changed = 0;
        foreach (var slice in keys.Distinct().Chunk(SliceSize))
        {
            var args = new DynamicParameters(parameters);
            args.Add("Keys", asParameter(slice));
            changed += await c.ExecuteAsync(new CommandDefinition(sql, args, t, cancellationToken: ct));
        }
        return changed;
    }
}
