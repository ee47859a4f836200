using System.Globalization;
using System.Text.Json;
using Dapper;
using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SignalHub.Messaging.Contracts;
using SignalHub.Storage;
using SignalHub.Telemetry;

namespace SignalHub.Messaging.Outbox;

/// <summary>
/// Publishes outbox rows in the order they were written. Woken right after a commit, and polls anyway so
/// rows left by a crashed process go out too. Two processes may both send a row; consumers are idempotent.
/// On the in-memory bus a message dies with its process. So at start-up, once, every row published before this
/// process started and still unhandled is published again at once: none of it can still be in flight. Rows this
/// process published and that stay unhandled after <see cref="BusOptions.RepublishAfterSeconds"/> (a message lost
/// without a crash) are published again too. The consumers' inbox makes a message handled twice change nothing.
/// </summary>
public sealed class OutboxPublisher(Database database, IBus bus, OutboxSignal signal, OutboxRetention retention, TimeProvider clock,
    IOptions<BusOptions> options, ILogger<OutboxPublisher> logger) : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan PurgeInterval = TimeSpan.FromHours(1);
    private readonly DateTime _startedAt = clock.GetUtcNow().UtcDateTime;
    private DateTimeOffset _lastPurge = DateTimeOffset.MinValue;
    private bool _recovered;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PublishPendingAsync(stoppingToken);
                await PurgeWhenDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Outbox publishing failed; will try again");
            }
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            timeout.CancelAfter(PollInterval);
            try
            {
                await signal.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
            }
        }
    }

    public async Task PublishPendingAsync(CancellationToken ct)
    {
        var inMemory = options.Value.Transport == "inmemory";
        if (inMemory && !_recovered)
        {
            // First what the dead process had already sent: it is the older work.
            var total = 0;
            for (int count; (count = await RepublishOrphansAsync(ct)) > 0;)
                total += count;
            _recovered = true;
            if (total > 0)
                logger.LogWarning("Published {Count} outbox messages again at start-up: an earlier process published them and no consumer recorded them", total);
        }
        while (await PublishBatchAsync(ct) > 0)
        {
        }
        if (inMemory)
            while (await RepublishStaleAsync(ct) > 0)
            {
            }
    }

    public async Task<int> PublishBatchAsync(CancellationToken ct) =>
        await PublishAsync("WHERE published_at IS NULL", new { Skip = 0, Take = 200 }, ct);

    /// <summary>
    /// Publishes again what a process before this one published and no consumer recorded, nor a failure. Each row
    /// published here gets a later <c>published_at</c>, so the pages move on and end.
    /// </summary>
    public async Task<int> RepublishOrphansAsync(CancellationToken ct) =>
        await PublishAsync($"""
            WHERE published_at IS NOT NULL AND published_at < @StartedAt
              AND NOT EXISTS (SELECT 1 FROM inbox i WHERE i.message_key = {database.Dialect.IdAsText("o.id")})
              AND NOT EXISTS (SELECT 1 FROM failed_messages f WHERE f.message_id = o.id)
            """, new { Skip = 0, Take = 200, StartedAt = _startedAt }, ct);

    /// <summary>Publishes again what was published long enough ago and still has no inbox record, nor a recorded failure.</summary>
    public async Task<int> RepublishStaleAsync(CancellationToken ct)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime.AddSeconds(-options.Value.RepublishAfterSeconds);
        var id = database.Dialect.IdAsText("o.id");
        var count = await PublishAsync($"""
            WHERE published_at IS NOT NULL AND published_at < @Cutoff
              AND NOT EXISTS (SELECT 1 FROM inbox i WHERE i.message_key = {id})
              AND NOT EXISTS (SELECT 1 FROM failed_messages f WHERE f.message_id = o.id)
            """, new { Skip = 0, Take = 200, Cutoff = cutoff }, ct);
        if (count > 0)
            logger.LogWarning("Published {Count} outbox messages again: no consumer recorded them within {Seconds} s", count, options.Value.RepublishAfterSeconds);
        return count;
    }

    private async Task PurgeWhenDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (now - _lastPurge < PurgeInterval)
            return;
        _lastPurge = now;
        var (outbox, inbox) = await retention.PurgeAsync(ct);
        if (outbox + inbox > 0)
            logger.LogInformation("Purged {Outbox} handled outbox rows and {Inbox} old inbox rows", outbox, inbox);
    }

    private const string SelectOutbox =
        "SELECT o.id AS Id, o.message_type AS MessageType, o.body AS Body, o.created_at AS CreatedAt, o.trace_parent AS TraceParent FROM outbox o";

    /// <param name="where">The WHERE clause choosing the rows.</param>
    private async Task<int> PublishAsync(string where, object parameters, CancellationToken ct)
    {
        var rows = await database.ReadAsync(connection => connection.QueryAsync<OutboxRow>(new CommandDefinition(
            database.Dialect.Page(SelectOutbox + " " + where + " ORDER BY o.created_at, o.id"),
            parameters, cancellationToken: ct)), ct);
        var count = 0;
        foreach (var row in rows)
        {
            var type = MessageTypes.Resolve(row.MessageType);
            var message = JsonSerializer.Deserialize(row.Body, type)!;
            using (SignalHubActivity.StartOutboxPublish(type.Name, row.TraceParent))
            {
                // The outbox id is the message id, so a consumer's inbox recognises a message published twice.
                await bus.Publish(message, type, context =>
                {
                    context.MessageId = row.Id;
                    context.Headers.Set(QueueLagObserver.CreatedAtHeader, row.CreatedAt.ToString("O", CultureInfo.InvariantCulture));
                }, ct);
            }
            await database.InTransactionAsync((connection, transaction) => connection.ExecuteAsync(new CommandDefinition(
                "UPDATE outbox SET published_at = @Now WHERE id = @Id", new { Now = clock.GetUtcNow().UtcDateTime, row.Id }, transaction, cancellationToken: ct)), ct);
            count++;
        }
        return count;
    }

    private sealed class OutboxRow
    {
        public Guid Id { get; init; }

        public string MessageType { get; init; } = "";

        public string Body { get; init; } = "";

        public DateTime CreatedAt { get; init; }

        public string? TraceParent { get; init; }
    }
}
