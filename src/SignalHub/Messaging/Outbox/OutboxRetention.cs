using Dapper;
using Microsoft.Extensions.Options;
using SignalHub.Storage;

namespace SignalHub.Messaging.Outbox;

/// <summary>
/// Keeps the outbox and inbox from growing without end: handled outbox rows go after a day, inbox rows
/// after <see cref="BusOptions.InboxRetentionDays"/> (always later, so a handled message keeps its record
/// as long as its outbox row can still be published again).
/// </summary>
public sealed class OutboxRetention(Database database, TimeProvider clock, IOptions<BusOptions> options)
{
    public static readonly TimeSpan HandledOutboxKept = TimeSpan.FromDays(1);

    public async Task<(int Outbox, int Inbox)> PurgeAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var outboxCutoff = now - HandledOutboxKept;
        var inboxCutoff = now.AddDays(-options.Value.InboxRetentionDays);
        return await database.InTransactionAsync(async (connection, transaction) =>
        {
            var outbox = await connection.ExecuteAsync(new CommandDefinition($"""
                DELETE FROM outbox
                WHERE published_at IS NOT NULL AND published_at < @Cutoff
                  AND EXISTS (SELECT 1 FROM inbox i WHERE i.message_key = {database.Dialect.IdAsText("outbox.id")})
                """, new { Cutoff = outboxCutoff }, transaction, cancellationToken: ct));
            var inbox = await connection.ExecuteAsync(new CommandDefinition(
                $"""
                DELETE FROM inbox
                WHERE processed_at < @Cutoff
                  AND NOT EXISTS (SELECT 1 FROM outbox o WHERE {database.Dialect.IdAsText("o.id")} = inbox.message_key)
                """, new { Cutoff = inboxCutoff }, transaction, cancellationToken: ct));
            return (outbox, inbox);
        }, ct);
    }
}
