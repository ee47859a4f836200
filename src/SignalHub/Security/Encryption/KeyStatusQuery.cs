using Dapper;
using SignalHub.Storage;

namespace SignalHub.Security.Encryption;

/// <summary>How many stored personal values are under each key id, per column: what rotation still has to do.</summary>
public sealed class KeyStatusQuery(Database database, FieldCipher cipher)
{
    public async Task<KeyStatus> ReadAsync(CancellationToken ct)
    {
        var keyIds = cipher.KeyIds.ToList();
        var columns = new List<ColumnKeys>();
        await database.ReadAsync(async c =>
        {
            foreach (var (table, column) in PersonalColumns.All)
            {
                var args = new DynamicParameters();
                args.Add("Encrypted", FieldCipher.Prefix + "%");
                var perKey = string.Concat(keyIds.Select((id, i) =>
                {
                    args.Add($"K{i}", KeyRotation.ActivePattern(id));
                    return $", SUM(CASE WHEN {column} LIKE @K{i} ESCAPE '\\' THEN 1 ELSE 0 END) AS K{i}";
                }));
                // By position: PostgreSQL folds the aliases to lower case.
                var row = ((IDictionary<string, object?>)await c.QuerySingleAsync(new CommandDefinition(
                    $"SELECT COUNT({column}) AS Total, SUM(CASE WHEN {column} LIKE @Encrypted THEN 1 ELSE 0 END) AS Encrypted{perKey} FROM {table}",
                    args, cancellationToken: ct))).Values.Select(Number).ToList();
                var counts = keyIds.Select((id, i) => (id, Count: row[2 + i])).ToDictionary(k => k.id, k => k.Count, StringComparer.Ordinal);
                var (total, encrypted) = (row[0], row[1]);
                columns.Add(new ColumnKeys(table, column, counts, total - encrypted, encrypted - counts.Values.Sum()));
            }
            return true;
        }, ct);
        var keys = keyIds.ToDictionary(id => id, id => columns.Sum(c => c.Keys[id]), StringComparer.Ordinal);
        return new KeyStatus(cipher.ActiveKeyId, keys, columns.Sum(c => c.Plaintext), columns.Sum(c => c.UnknownKeyId), columns);
    }

    private static long Number(object? value) => value is null or DBNull ? 0 : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Values per key id over all encrypted columns; <c>Plaintext</c> was written before encryption, <c>UnknownKeyId</c> cannot be read.</summary>
public sealed record KeyStatus(string ActiveKeyId, IReadOnlyDictionary<string, long> Keys, long Plaintext, long UnknownKeyId, IReadOnlyList<ColumnKeys> Columns)
{
    /// <summary>Every value is under the active key: the other keys may be removed.</summary>
    public bool Rotated => Plaintext == 0 && UnknownKeyId == 0 && Keys.Where(k => k.Key != ActiveKeyId).All(k => k.Value == 0);
}

public sealed record ColumnKeys(string Table, string Column, IReadOnlyDictionary<string, long> Keys, long Plaintext, long UnknownKeyId);
