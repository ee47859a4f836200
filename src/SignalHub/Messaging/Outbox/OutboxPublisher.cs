using System.Globalization;
using System.Text.Json;
using Dapper;
using MassTransit;
using Microsoft.Extensions.Logging;
using SignalHub.Messaging.Contracts;
using SignalHub.Storage;
using SignalHub.Telemetry;

namespace SignalHub.Messaging.Outbox;

/// <summary>
/// Publishes outbox rows in the order they were written. Woken right after a commit, and polls anyway so
/// rows left by a crashed process go out too. Two processes may both send a row; consumers are idempotent.
/// </summary>
public sealed class OutboxPublisher(Database database, IBus bus, OutboxSignal signal, ILogger<OutboxPublisher> logger) : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await PublishBatchAsync(stoppingToken) > 0)
                {
                }
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

    public async Task<int> PublishBatchAsync(CancellationToken ct)
    {
        var rows = await database.ReadAsync(connection => connection.QueryAsync<OutboxRow>(new CommandDefinition(
            database.Dialect.Page("SELECT id AS Id, message_type AS MessageType, body AS Body, created_at AS CreatedAt, trace_parent AS TraceParent FROM outbox WHERE published_at IS NULL ORDER BY created_at"),
            new { Skip = 0, Take = 200 }, cancellationToken: ct)), ct);
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
                "UPDATE outbox SET published_at = @Now WHERE id = @Id", new { Now = DateTime.UtcNow, row.Id }, transaction, cancellationToken: ct)), ct);
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
