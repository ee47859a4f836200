using Dapper;
using SignalHub.Ingestion;
using SignalHub.Storage;
using SignalHub.Storage.Dialects;

namespace SignalHub.Tests.Storage;

/// <summary>
/// Writes a <see cref="SignalSample"/> into a migrated database through Dapper or a dialect's bulk load,
/// reads it back through Dapper, and names every value that changed on the way. Used for each provider.
/// </summary>
internal static class TypeRoundTrip
{
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>The partner and delivery a signal must belong to.</summary>
    public static async Task<(Guid PartnerId, Guid DeliveryId)> AddDeliveryAsync(Database database)
    {
        var (partnerId, deliveryId) = (Guid.NewGuid(), Guid.NewGuid());
        await database.InTransactionAsync(async (c, t) =>
        {
            await c.ExecuteAsync("INSERT INTO partners (id, name, type, cost_types, created_at) VALUES (@Id, @Name, 'housing', 'rent', @Now)",
                new { Id = partnerId, Name = $"Woonstichting Proef {partnerId:N}", Now = DateTime.UtcNow }, t);
            await c.ExecuteAsync("""
                INSERT INTO deliveries (id, partner_id, period, sha256, source, status, received_at, byte_count,
                                        rows_read, rows_accepted, rows_rejected, chunk_count, chunks_done)
                VALUES (@Id, @PartnerId, '2026-03', @Sha, 'api', 'processing', @Now, @Bytes, 1, 1, 0, 1, 0)
                """, new { Id = deliveryId, PartnerId = partnerId, Sha = new string('a', 64), Now = DateTime.UtcNow, Bytes = 5_000_000_000L }, t);
        }, None);
        return (partnerId, deliveryId);
    }

    public static Task WriteWithDapperAsync(Database database, SignalSample sample) =>
        database.InTransactionAsync((c, t) => c.ExecuteAsync(
            $"INSERT INTO signals ({string.Join(", ", SignalSample.Columns)}) VALUES ({string.Join(", ", SignalSample.Properties.Select(p => "@" + p.Name))})",
            sample, t), None);

    public static Task<int> WriteInBulkAsync(Database database, BulkTable table, SignalSample sample) =>
        database.InTransactionAsync((c, t) => database.Dialect.BulkInsertAsync(c, t, table,
            [table.Columns.Select(sample.ValueOf).ToArray()], None), None);

    public static Task<SignalSample> ReadAsync(Database database, Guid id) =>
        database.ReadAsync(c => c.QuerySingleAsync<SignalSample>(
            $"SELECT {string.Join(", ", SignalSample.Properties.Select(p => $"{SignalSample.SnakeCase(p.Name)} AS {p.Name}"))} FROM signals WHERE id = @Id",
            new { Id = id }), None);

    /// <summary>Every value of <paramref name="columns"/> that did not come back as written; times must come back as UTC.</summary>
    public static IReadOnlyList<string> Differences(SignalSample written, SignalSample read, IEnumerable<string> columns)
    {
        var differences = new List<string>();
        foreach (var property in SignalSample.Properties.Where(p => columns.Contains(SignalSample.SnakeCase(p.Name))))
        {
            var expected = property.GetValue(written) is DateTime time ? SqlValues.Utc(time) : property.GetValue(written);
            var actual = property.GetValue(read);
            if (!Equals(expected, actual) || (actual is DateTime { Kind: not DateTimeKind.Utc }))
                differences.Add($"{property.Name}: wrote {Show(property.GetValue(written))}, read {Show(actual)}");
        }
        return differences;
    }

    /// <summary>Loads one row through each of the application's own bulk tables; returns what did not come back.</summary>
    public static async Task<IReadOnlyList<string>> ApplicationBulkTablesAsync(Database database)
    {
        var (partnerId, deliveryId) = await AddDeliveryAsync(database);
        var sample = SignalSample.Make(deliveryId, partnerId, "BULK-1");
        var loaded = await WriteInBulkAsync(database, SignalTable.Table, sample);
        var differences = Differences(sample, await ReadAsync(database, sample.Id), SignalTable.Table.Columns).ToList();
        var errorId = Guid.NewGuid();
        await database.InTransactionAsync((c, t) => database.Dialect.BulkInsertAsync(c, t, DeliveryErrors.Table,
            [[errorId, deliveryId, 7, null, "amount.invalid", "bedrag ontbreekt"]], None), None);
        var error = await database.ReadAsync(c => c.QuerySingleAsync<(Guid, int, string?, string)>(
            "SELECT delivery_id, line, column_name, code FROM delivery_errors WHERE id = @Id", new { Id = errorId }), None);
        if (loaded != 1)
            differences.Add($"signals: bulk load reported {loaded} rows, expected 1");
        if (error != (deliveryId, 7, null, "amount.invalid"))
            differences.Add($"delivery_errors: read back {error}");
        return differences;
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        DateTime time => $"{time:O} ({time.Kind})",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };
}
