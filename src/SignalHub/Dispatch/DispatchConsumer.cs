using MassTransit;
using SignalHub.Messaging;
using SignalHub.Messaging.Contracts;
using SignalHub.Storage;

namespace SignalHub.Dispatch;

/// <summary>Dispatches the matches a matching run changed, as soon as they are ready.</summary>
internal sealed class DispatchConsumer(Database database, Dispatcher dispatcher) : IConsumer<MatchesUpdated>
{
    public Task Consume(ConsumeContext<MatchesUpdated> context)
    {
        var ct = context.CancellationToken;
        return database.InTransactionAsync(async (c, t) =>
        {
            if (!await Inbox.TryBeginAsync(c, t, nameof(DispatchConsumer), context.RequireMessageId(), ct))
                return;
            await database.Dialect.LockAsync(c, t, $"dispatch:{context.Message.Period}", ct);
            foreach (var batch in context.Message.MatchIds.Chunk(500))
                await dispatcher.DispatchAsync(c, t, "m.id IN @Ids", new { Ids = batch }, ct);
        }, ct);
    }
}
