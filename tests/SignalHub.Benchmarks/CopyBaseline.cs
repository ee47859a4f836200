using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;
using SignalHub.Domain.Addresses;
using SignalHub.Ingestion.Reading;

namespace SignalHub.Benchmarks;

/// <summary>The floor: the same rows by PostgreSQL binary COPY into a bare table, and one GROUP BY of the address.</summary>
public sealed record BaselineTimes(long Rows, double CopySeconds, double GroupBySeconds, long Addresses)
{
    public double TotalSeconds => CopySeconds + GroupBySeconds;
}

/// <summary>
/// Reads every file of the month with SignalHub's own reader and address normaliser (streaming), copies
/// partner, reference and the normalised address into an unindexed table, then groups by the address.
/// No validation, no bus, no matching rules: what the database alone needs for the same data.
/// </summary>
public static class CopyBaseline
{
    public static async Task<BaselineTimes> RunAsync(GeneratedMonth month)
    {
        var name = $"signalhub_floor_{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(BenchmarkStack.AdminPostgres))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }
        try
        {
            var connectionString = new NpgsqlConnectionStringBuilder(BenchmarkStack.AdminPostgres) { Database = name, CommandTimeout = 600 }.ConnectionString;
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using (var table = new NpgsqlCommand("""
                CREATE TABLE floor_signals (partner text NOT NULL, reference text, postcode text, house_number int,
                                            house_letter text, addition text)
                """, connection))
                await table.ExecuteNonQueryAsync();
            var clock = Stopwatch.StartNew();
            var rows = await CopyAsync(connection, month);
            var copy = clock.Elapsed.TotalSeconds;
            clock.Restart();
            await using var group = new NpgsqlCommand("""
                SELECT postcode, house_number, house_letter, addition, COUNT(*) FROM floor_signals
                GROUP BY postcode, house_number, house_letter, addition
                """, connection);
            long addresses = 0;
            await using (var reader = await group.ExecuteReaderAsync())
                while (await reader.ReadAsync())
                    addresses++;
            return new BaselineTimes(rows, Math.Round(copy, 2), Math.Round(clock.Elapsed.TotalSeconds, 2), addresses);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(BenchmarkStack.AdminPostgres);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private static async Task<long> CopyAsync(NpgsqlConnection connection, GeneratedMonth month)
    {
        long rows = 0;
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY floor_signals (partner, reference, postcode, house_number, house_letter, addition) FROM STDIN (FORMAT BINARY)");
        foreach (var (_, partner, file) in month.Imports)
        {
            await using var stream = File.OpenRead(month.File(file));
            var opened = PartnerFileReader.Open(stream);
            foreach (var record in opened.Reader?.ReadRecords() ?? [])
            {
                var address = AddressNormalizer.Normalize(new AddressInput(record[PartnerColumn.Street], record[PartnerColumn.HouseNumber],
                    record[PartnerColumn.HouseLetter], record[PartnerColumn.HouseNumberAddition], record[PartnerColumn.Postcode])).Address;
                await writer.StartRowAsync();
                await writer.WriteAsync(partner, NpgsqlDbType.Text);
                await writer.WriteAsync(record[PartnerColumn.Reference], NpgsqlDbType.Text);
                await writer.WriteAsync(address?.Postcode.Value, NpgsqlDbType.Text);
                await writer.WriteAsync(address?.HouseNumber, NpgsqlDbType.Integer);
                await writer.WriteAsync(address?.HouseLetter, NpgsqlDbType.Text);
                await writer.WriteAsync(address?.Addition, NpgsqlDbType.Text);
                rows++;
            }
        }
        await writer.CompleteAsync();
        return rows;
    }
}
