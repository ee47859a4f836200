using Dapper;
using RabbitMQ.Client;
using SignalHub.Messaging.Failures;
using SignalHub.Storage;

namespace SignalHub.Tests.Reliability.Faults;

/// <summary>
/// A chunk that always throws (a database trigger refuses one of its rows) is retried, then lands in the
/// RabbitMQ error queue and in failed_messages, while every other chunk of the delivery is stored. Once
/// the cause is gone, an operator's retry completes the delivery.
/// </summary>
[Category("Reliability")]
[NonParallelizable]
public sealed class PoisonChunkTests
{
    private const int ChunkRecords = 250;

    [Test]
    public async Task When_one_chunk_always_throws_Should_send_it_to_the_error_queue_and_finish_every_other_chunk()
    {
        var services = FaultServices.Current;
        await using var month = await FaultMonth.PrepareAsync(services, signals: 4_000, ChunkRecords);
        month.Settings["Bus:RetryLimit"] = "1";
        var poison = month.References(0)[10]; // a row of the first chunk, which is full
        await month.Web.Get<Database>().InTransactionAsync((c, t) => c.ExecuteAsync(PoisonTrigger.Replace("@Reference", $"'{poison}'", StringComparison.Ordinal), transaction: t), CancellationToken.None);
        await using var worker = month.Worker("worker-poison");
        await worker.StartAsync();

        var delivery = await month.UploadAsync(0);
        await month.WaitForAsync("SELECT COUNT(*) FROM failed_messages", new { }, 1);
        await month.WaitForAsync("SELECT COUNT(*) FROM deliveries WHERE id = @Id AND chunk_count > 1 AND chunks_done = chunk_count - 1", new { Id = delivery }, 1);

        var failures = await month.Web.Get<FailedMessages>().ListAsync(CancellationToken.None);
        var (read, chunks, done, status) = await month.Web.Get<Database>().ReadAsync(c => c.QuerySingleAsync<(long, long, long, string)>(
            "SELECT rows_read, chunk_count, chunks_done, status FROM deliveries WHERE id = @Id", new { Id = delivery }), CancellationToken.None);
        var stored = await month.CountAsync("SELECT COUNT(*) FROM signals WHERE delivery_id = @Id", new { Id = delivery });
        var duplicates = await month.CountAsync("SELECT COUNT(*) - COUNT(DISTINCT reference) FROM signals WHERE delivery_id = @Id", new { Id = delivery });
        var errorQueue = await ErrorQueueMessageIdsAsync(services, month.Settings["Bus:QueuePrefix"]!);
        TestContext.Out.WriteLine($"poison chunk: rows read {read}, chunks {chunks}, done {done}, status {status}; signals expected {read - ChunkRecords}, " +
            $"stored {stored}, duplicates {duplicates}; failed messages {failures.Count}, error queue {errorQueue.Count} (message ids {string.Join(", ", errorQueue.Distinct())})");
        Assert.Multiple(() =>
        {
            Assert.That(failures, Has.Count.EqualTo(1));
            Assert.That(failures[0].Consumer, Is.EqualTo("IngestChunkConsumer"));
            Assert.That(failures[0].Reason, Does.Contain("poison row"));
            // Every process publishes the outbox, so a message may be sent twice; each copy faults and waits there.
            Assert.That(errorQueue, Is.Not.Empty.And.All.EqualTo(failures[0].MessageId.ToString()), "only the poison chunk's message waits in the error queue");
            Assert.That(done, Is.EqualTo(chunks - 1), "every other chunk finished");
            Assert.That(stored, Is.EqualTo(read - ChunkRecords), "every row of the other chunks stored");
            Assert.That(duplicates, Is.Zero);
            Assert.That(status, Is.EqualTo("processing"), "the delivery waits for its last chunk");
        });

        await month.Web.Get<Database>().InTransactionAsync((c, t) => c.ExecuteAsync("DROP TRIGGER refuse_poison ON signals", transaction: t), CancellationToken.None);
        Assert.That(await month.Web.Get<FailedMessages>().RetryAsync(failures[0].MessageId, CancellationToken.None), Is.Not.Null);
        await month.WaitForAsync("SELECT COUNT(*) FROM deliveries WHERE id = @Id AND status = 'completed'", new { Id = delivery }, 1);
        var after = await month.CountAsync("SELECT COUNT(*) FROM signals WHERE delivery_id = @Id", new { Id = delivery });
        TestContext.Out.WriteLine($"after the retry: signals expected {read}, stored {after}");
        Assert.That(after, Is.EqualTo(read));
    }

    private const string PoisonTrigger = """
        CREATE FUNCTION refuse_poison() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NEW.reference = @Reference THEN RAISE EXCEPTION 'poison row %', NEW.reference; END IF;
            RETURN NEW;
        END $$;
        CREATE TRIGGER refuse_poison BEFORE INSERT ON signals FOR EACH ROW EXECUTE FUNCTION refuse_poison();
        """;

    /// <summary>The message ids in the ingest consumer's <c>_error</c> queue; left in place (not acknowledged).</summary>
    private static async Task<List<string>> ErrorQueueMessageIdsAsync(PrivateServices services, string prefix)
    {
        var factory = new ConnectionFactory { HostName = "127.0.0.1", Port = services.AmqpPort };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var ids = new List<string>();
        while (await channel.BasicGetAsync($"{prefix}-ingest-chunk_error", autoAck: false) is { } message)
            ids.Add(message.BasicProperties.MessageId ?? "none");
        return ids;
    }
}
