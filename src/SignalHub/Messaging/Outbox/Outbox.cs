using System.Data.Common;
using System.Text.Json;
using Dapper;
using SignalHub.Messaging.Contracts;
using SignalHub.Telemetry;

namespace SignalHub.Messaging.Outbox;

/// <summary>
/// Writes messages in the same transaction as the change they announce, so a crash between commit and
/// publish loses nothing: the <see cref="OutboxPublisher"/> sends whatever is still unpublished.
/// </summary>
public static class Outbox
{
    public static Task AddAsync<T>(DbConnection connection, DbTransaction transaction, T message, TimeProvider clock, CancellationToken ct)
        where T : class =>
        connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO outbox (id, message_type, body, created_at, trace_parent) VALUES (@Id, @Type, @Body, @CreatedAt, @TraceParent)",
            new
            {
                Id = Guid.CreateVersion7(),
                Type = MessageTypes.NameOf(typeof(T)),
                Body = JsonSerializer.Serialize(message),
                CreatedAt = clock.GetUtcNow().UtcDateTime,
                TraceParent = SignalHubActivity.CurrentTraceParent(),
            }, transaction, cancellationToken: ct));

    public static async Task AddManyAsync<T>(DbConnection connection, DbTransaction transaction, IEnumerable<T> messages, TimeProvider clock, CancellationToken ct)
        where T : class
    {
        foreach (var message in messages)
            await AddAsync(connection, transaction, message, clock, ct);
    }
}
