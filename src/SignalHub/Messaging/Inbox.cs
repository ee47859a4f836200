using System.Data.Common;
using Dapper;

namespace SignalHub.Messaging;

/// <summary>
/// Records that a consumer handled a message, in the same transaction as the message's effect: a
/// redelivered or twice-published message finds its record and changes nothing.
/// </summary>
public static class Inbox
{
    /// <returns>false when this consumer already handled the message.</returns>
    public static async Task<bool> TryBeginAsync(DbConnection connection, DbTransaction transaction, string consumer, Guid messageId,
        TimeProvider clock, CancellationToken ct)
    {
        var key = messageId.ToString("D");
        var seen = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COUNT(*) FROM inbox WHERE consumer = @Consumer AND message_key = @Key", new { Consumer = consumer, Key = key }, transaction, cancellationToken: ct));
        if (seen > 0)
            return false;
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO inbox (consumer, message_key, processed_at) VALUES (@Consumer, @Key, @Now)",
            new { Consumer = consumer, Key = key, Now = clock.GetUtcNow().UtcDateTime }, transaction, cancellationToken: ct));
        return true;
    }
}

public static class ConsumeContextExtensions
{
    /// <summary>Our messages leave through the outbox, whose row id is the message id: the inbox's key.</summary>
    public static Guid RequireMessageId(this MassTransit.ConsumeContext context) =>
        context.MessageId ?? throw new InvalidOperationException("message has no MessageId; it did not come through the outbox");
}
