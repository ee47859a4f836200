namespace SignalHub.Tests.Reliability.Faults;

/// <summary>
/// The faults of a real deployment, caused on purpose against a private PostgreSQL and RabbitMQ and real
/// worker processes: whatever happens mid-month, every accepted row is stored once and every door matched.
/// </summary>
[Category("Reliability")]
[NonParallelizable]
public sealed class FaultInjectionTests
{
    private const string ChunksDone = "SELECT chunks_done FROM deliveries WHERE id = @Id";
    private const string Matched = "SELECT COUNT(*) FROM inbox WHERE consumer = 'MatchAddressesConsumer'";

    /// <summary>
    /// The month is 100,000 signals (SIGNALHUB_FAULTS_SIGNALS=100000); the test command uses a tenth, which
    /// still spans every file and many chunks, to stay within its time on two shared cores.
    /// </summary>
    private static readonly int MonthSignals = int.TryParse(Environment.GetEnvironmentVariable("SIGNALHUB_FAULTS_SIGNALS"), out var n) ? n : 10_000;

    private static PrivateServices Services => FaultServices.Current;

    [Test]
    public async Task When_RabbitMQ_stops_in_the_middle_of_a_month_import_Should_store_every_row_once_and_match_every_door()
    {
        await using var month = await FaultMonth.PrepareAsync(Services, signals: MonthSignals, chunkRecords: MonthSignals / 50);
        await using var first = month.Worker("worker-1");
        await using var second = month.Worker("worker-2");
        await Task.WhenAll(first.StartAsync(), second.StartAsync());

        await month.ImportAllAsync(faultAt: 2, fault: async delivery =>
        {
            await month.WaitForAsync(ChunksDone, new { Id = delivery }, 2);
            await Services.StopRabbitMqAsync();
            await Task.Delay(TimeSpan.FromSeconds(3));
            await Services.StartRabbitMqAsync();
        });

        (await MonthTally.CountAsync(month)).PrintAndAssert("RabbitMQ stopped mid-import");
    }

    [Test]
    public async Task When_a_worker_is_killed_in_the_middle_of_a_chunk_Should_store_every_row_once_and_match_every_door()
    {
        await using var month = await FaultMonth.PrepareAsync(Services, signals: 5_000);
        await using var worker = month.Worker("worker-killed");
        await worker.StartAsync();
        await using var restarted = month.Worker("worker-restarted");

        await month.ImportAllAsync(faultAt: 0, fault: async delivery =>
        {
            await month.WaitForAsync(ChunksDone, new { Id = delivery }, 1);
            await worker.KillAsync();
            var done = await month.CountAsync(ChunksDone, new { Id = delivery });
            TestContext.Out.WriteLine($"SIGKILL after {done} chunks of the first delivery");
            await restarted.StartAsync();
        });

        (await MonthTally.CountAsync(month)).PrintAndAssert("worker killed mid-chunk");
    }

    [Test]
    public async Task When_PostgreSQL_restarts_during_matching_Should_store_every_row_once_and_match_every_door()
    {
        await using var month = await FaultMonth.PrepareAsync(Services, signals: 5_000);
        await using var first = month.Worker("worker-1");
        await using var second = month.Worker("worker-2");
        await Task.WhenAll(first.StartAsync(), second.StartAsync());

        await month.ImportAllAsync(faultAt: 1, fault: async _ =>
        {
            var before = await month.CountAsync(Matched);
            await month.WaitForAsync(Matched, new { }, before + 2);
            await Services.StopPostgresAsync();
            await Task.Delay(TimeSpan.FromSeconds(2));
            await Services.StartPostgresAsync();
        });

        (await MonthTally.CountAsync(month)).PrintAndAssert("PostgreSQL restarted during matching");
    }
}
