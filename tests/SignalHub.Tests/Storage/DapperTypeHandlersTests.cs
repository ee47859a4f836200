using SignalHub.Storage.Dialects;

namespace SignalHub.Tests.Storage;

/// <summary>
/// Ids, times, dates, money, flags and nulls come back from each database as they went in, whether Dapper
/// wrote them or the dialect's bulk load did. Unspecified times are taken as UTC; every time reads back as UTC.
/// </summary>
public sealed class DapperTypeHandlersTests
{
    [TestCase("sqlite", "dapper")]
    [TestCase("sqlite", "bulk")]
    [TestCase("postgres", "dapper")]
    [TestCase("postgres", "bulk")]
    public async Task When_a_signal_is_written_Should_read_back_every_value_unchanged(string provider, string path)
    {
        await using var scratch = await ScratchDatabase.CreateAsync(provider);
        await scratch.Runner().MigrateAsync(CancellationToken.None);
        var database = scratch.Database();
        var (partnerId, deliveryId) = await TypeRoundTrip.AddDeliveryAsync(database);
        var sample = SignalSample.Make(deliveryId, partnerId, "REF-1");

        if (path == "dapper")
            await TypeRoundTrip.WriteWithDapperAsync(database, sample);
        else
            await TypeRoundTrip.WriteInBulkAsync(database, new BulkTable("signals", SignalSample.Columns), sample);
        var read = await TypeRoundTrip.ReadAsync(database, sample.Id);

        Assert.That(TypeRoundTrip.Differences(sample, read, SignalSample.Columns), Is.Empty);
    }

    [TestCase("sqlite")]
    [TestCase("postgres")]
    public async Task When_the_application_bulk_tables_load_a_row_Should_store_every_column(string provider)
    {
        await using var scratch = await ScratchDatabase.CreateAsync(provider);
        await scratch.Runner().MigrateAsync(CancellationToken.None);

        var differences = await TypeRoundTrip.ApplicationBulkTablesAsync(scratch.Database());

        Assert.That(differences, Is.Empty);
    }
}
