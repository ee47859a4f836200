using Dapper;
using SignalHub.Storage;

namespace SignalHub.Messaging;

/// <summary>
/// Whether the pipeline has work in flight: an outbox message that no consumer has recorded in its inbox.
/// Every message type has exactly one consumer, so one inbox row means the message is handled.
/// </summary>
public sealed class PipelineProgress(Database database)
{
    private string Unhandled => $"""
        SELECT COUNT(*) FROM outbox o
        WHERE NOT EXISTS (SELECT 1 FROM inbox i WHERE i.message_key = {database.Dialect.IdAsText("o.id")})
        """;

    public Task<int> UnhandledAsync(CancellationToken ct) =>
        database.ReadAsync(c => c.ExecuteScalarAsync<int>(new CommandDefinition(Unhandled, cancellationToken: ct)), ct);

    /// <summary>How a command that processes its own work knows it may exit without losing any.</summary>
    public async Task WaitUntilIdleAsync(TimeSpan timeout, CancellationToken ct)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout);
        while (await UnhandledAsync(limit.Token) > 0)
            await Task.Delay(100, limit.Token);
    }
}
