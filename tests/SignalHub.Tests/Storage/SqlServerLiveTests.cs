using SignalHub.Storage;
using SignalHub.Storage.Dialects;

namespace SignalHub.Tests.Storage;

/// <summary>
/// The production target, when one is reachable: <c>SIGNALHUB_TEST_SQLSERVER</c> holds a connection string
/// whose login may create databases; each test works in a scratch database it drops afterwards. Without it
/// these tests are skipped (SQL Server cannot run here) and <see cref="SqlServerSyntaxTests"/> stands in.
/// </summary>
public sealed class SqlServerLiveTests
{
    private static async Task<ScratchDatabase> MigratedAsync()
    {
        var server = Environment.GetEnvironmentVariable("SIGNALHUB_TEST_SQLSERVER");
        if (string.IsNullOrWhiteSpace(server))
            Assert.Ignore("SIGNALHUB_TEST_SQLSERVER not set: SQL Server checked by parsing only");
        var scratch = await ScratchDatabase.SqlServerAsync(server);
        await scratch.Runner().MigrateAsync(CancellationToken.None);
        return scratch;
    }

    [Test]
    public async Task When_migrations_are_applied_for_real_Should_apply_nothing_the_second_time()
    {
        await using var scratch = await MigratedAsync();

        var second = await scratch.Runner().MigrateAsync(CancellationToken.None);

        Assert.That(second, Is.Empty);
    }

    [TestCase("dapper")]
    [TestCase("bulk")]
    public async Task When_a_signal_is_written_Should_read_back_every_value_unchanged(string path)
    {
        await using var scratch = await MigratedAsync();
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

    [Test]
    public async Task When_the_application_bulk_tables_load_a_row_Should_store_every_column()
    {
        await using var scratch = await MigratedAsync();

        var differences = await TypeRoundTrip.ApplicationBulkTablesAsync(scratch.Database());

        Assert.That(differences, Is.Empty);
    }

    [Test]
    public async Task When_an_applied_migration_was_edited_Should_stop_with_a_clear_message()
    {
        await using var scratch = await MigratedAsync();
        var first = MigrationRunner.Embedded("sqlserver")[0];
        await scratch.Database().InTransactionAsync((c, t) => Dapper.SqlMapper.ExecuteAsync(c,
            "UPDATE schema_journal SET checksum = @Edited WHERE version = @Version", new { Edited = new string('0', 64), first.Version }, t), CancellationToken.None);

        var refused = Assert.ThrowsAsync<StorageConfigurationException>(() => scratch.Runner().MigrateAsync(CancellationToken.None));

        Assert.That(refused!.Message, Does.Contain(first.Name));
    }
}
