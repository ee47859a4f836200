using Dapper;
using SignalHub.Messaging.Contracts;
using SignalHub.Storage;

namespace SignalHub.Messaging.Failures;

/// <summary>
/// The operator's list of failed messages (the <c>failed_messages</c> table, filled from MassTransit's faults).
/// Retrying writes the same body to the outbox under a new message id; discarding only closes the record.
/// A resolved record stays, so the in-memory bus never re-publishes its original message.
/// </summary>
public sealed class FailedMessages(Database database, TimeProvider clock, Outbox.OutboxSignal outbox)
{
    /// <summary>Open failures, oldest first; a message a later redelivery did handle (inbox row) is not listed.</summary>
    public Task<IReadOnlyList<FailedMessage>> ListAsync(CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<FailedMessage>>(async c => (await c.QueryAsync<FailedMessage>(new CommandDefinition($"""
            SELECT f.message_id AS MessageId, f.message_type AS MessageType, f.consumer AS Consumer, f.reason AS Reason,
                   f.body AS Body, f.failed_at AS FailedAt
            FROM failed_messages f
            WHERE f.resolution IS NULL
              AND NOT EXISTS (SELECT 1 FROM inbox i WHERE i.message_key = {database.Dialect.IdAsText("f.message_id")})
            ORDER BY f.failed_at
            """, cancellationToken: ct))).ToList(), ct);

    /// <summary>Records a fault once; a second fault for the same message (another redelivery) changes nothing.</summary>
    public Task RecordAsync(FailedMessage failure, CancellationToken ct) =>
        database.InTransactionAsync(async (c, t) =>
        {
            var known = await c.ExecuteScalarAsync<int>(new CommandDefinition(
                "SELECT COUNT(*) FROM failed_messages WHERE message_id = @MessageId", new { failure.MessageId }, t, cancellationToken: ct));
            if (known > 0)
                return;
            await c.ExecuteAsync(new CommandDefinition("""
                INSERT INTO failed_messages (message_id, message_type, consumer, reason, body, failed_at)
                VALUES (@MessageId, @MessageType, @Consumer, @Reason, @Body, @FailedAt)
                """, failure, t, cancellationToken: ct));
        }, ct);

    /// <returns>the new message id, or null when <paramref name="messageId"/> is not an open failure.</returns>
    public async Task<Guid?> RetryAsync(Guid messageId, CancellationToken ct)
    {
        var newId = await database.InTransactionAsync<Guid?>(async (c, t) =>
        {
            var failure = await c.QuerySingleOrDefaultAsync<FailedMessage>(new CommandDefinition("""
                SELECT message_id AS MessageId, message_type AS MessageType, consumer AS Consumer, reason AS Reason, body AS Body, failed_at AS FailedAt
                FROM failed_messages WHERE message_id = @Id AND resolution IS NULL
                """, new { Id = messageId }, t, cancellationToken: ct));
            if (failure is null || !await ResolveAsync(c, t, messageId, FailedMessageResolution.Retried, ct))
                return null;
            MessageTypes.Resolve(failure.MessageType);
            var id = Guid.CreateVersion7();
            await c.ExecuteAsync(new CommandDefinition(
                "INSERT INTO outbox (id, message_type, body, created_at) VALUES (@Id, @Type, @Body, @Now)",
                new { Id = id, Type = failure.MessageType, failure.Body, Now = clock.GetUtcNow().UtcDateTime }, t, cancellationToken: ct));
            return id;
        }, ct);
        if (newId is not null)
            outbox.Wake();
        return newId;
    }

    /// <returns>false when <paramref name="messageId"/> is not an open failure.</returns>
    public Task<bool> DiscardAsync(Guid messageId, CancellationToken ct) =>
        database.InTransactionAsync((c, t) => ResolveAsync(c, t, messageId, FailedMessageResolution.Discarded, ct), ct);

    private async Task<bool> ResolveAsync(System.Data.Common.DbConnection c, System.Data.Common.DbTransaction t, Guid messageId,
        FailedMessageResolution resolution, CancellationToken ct) =>
        await c.ExecuteAsync(new CommandDefinition(
            "UPDATE failed_messages SET resolution = @Resolution, resolved_at = @Now WHERE message_id = @Id AND resolution IS NULL",
            new { Resolution = resolution.ToString().ToLowerInvariant(), Now = clock.GetUtcNow().UtcDateTime, Id = messageId }, t, cancellationToken: ct)) == 1;
}
