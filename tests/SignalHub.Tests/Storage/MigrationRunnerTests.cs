using Dapper;
using SignalHub.Storage;

namespace SignalHub.Tests.Storage;

/// <summary>The runner every process calls on start: idempotent, safe when two start at once, strict about history.</summary>
public sealed class MigrationRunnerTests
{
    [TestCase("sqlite")]
    [TestCase("postgres")]
    public async Task When_migrations_run_twice_Should_apply_nothing_the_second_time(string provider)
    {
        await using var scratch = await ScratchDatabase.CreateAsync(provider);
        var embedded = MigrationRunner.Embedded(provider).Select(m => m.Version).ToList();

        var first = await scratch.Runner().MigrateAsync(CancellationToken.None);
        var second = await scratch.Runner().MigrateAsync(CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(embedded, Is.Not.Empty);
            Assert.That(first.Select(m => m.Version), Is.EqualTo(embedded));
            Assert.That(second, Is.Empty);
            Assert.That(await JournalAsync(scratch), Is.EqualTo(embedded.Select(v => (v, 1L))));
        });
    }

    [TestCase("postgres")]
    [TestCase("sqlite")]
    public async Task When_two_runners_start_at_the_same_moment_Should_both_succeed_and_apply_each_migration_once(string provider)
    {
        await using var scratch = await ScratchDatabase.CreateAsync(provider);
        var embedded = MigrationRunner.Embedded(provider).Select(m => m.Version).ToList();
        using var start = new ManualResetEventSlim();
        var runners = Enumerable.Range(0, 2).Select(_ => scratch.Runner()).ToList();
        var runs = runners.Select(runner => Task.Run(async () =>
        {
            start.Wait();
            return await runner.MigrateAsync(CancellationToken.None);
        })).ToList();

        start.Set();
        var applied = await Task.WhenAll(runs);

        Assert.Multiple(async () =>
        {
            Assert.That(applied.SelectMany(a => a).Select(m => m.Version).Order(), Is.EqualTo(embedded), "each migration applied by exactly one runner");
            Assert.That(await JournalAsync(scratch), Is.EqualTo(embedded.Select(v => (v, 1L))));
        });
    }

    [TestCase("sqlite")]
    [TestCase("postgres")]
    public async Task When_an_applied_migration_was_edited_Should_stop_with_a_clear_message(string provider)
    {
        await using var scratch = await ScratchDatabase.CreateAsync(provider);
        await scratch.Runner().MigrateAsync(CancellationToken.None);
        var first = MigrationRunner.Embedded(provider)[0];
        await scratch.Database().InTransactionAsync((c, t) => c.ExecuteAsync(
            "UPDATE schema_journal SET checksum = @Edited WHERE version = @Version", new { Edited = new string('0', 64), first.Version }, t), CancellationToken.None);

        var refused = Assert.ThrowsAsync<StorageConfigurationException>(() => scratch.Runner().MigrateAsync(CancellationToken.None));

        Assert.That(refused!.Message, Does.Contain(first.Name).And.Contain("changed after it was applied"));
    }

    private static Task<List<(int Version, long Count)>> JournalAsync(ScratchDatabase scratch) =>
        scratch.Database().ReadAsync(async c => (await c.QueryAsync<(int, long)>(
            "SELECT version, COUNT(*) FROM schema_journal GROUP BY version ORDER BY version")).ToList(), CancellationToken.None);
}
