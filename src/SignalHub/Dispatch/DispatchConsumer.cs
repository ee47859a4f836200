using MassTransit;
using SignalHub.Domain.Values;
using SignalHub.Messaging;
using SignalHub.Messaging.Contracts;
using SignalHub.Storage;
using SignalHub.Telemetry;

namespace SignalHub.Dispatch;

/// <summary>Dispatches what a matching run made ready, as soon as it is ready.</summary>
internal sealed class DispatchConsumer(Database database, Dispatcher dispatcher, TimeProvider clock) : IConsumer<MatchesUpdated>
{
    public async Task Consume(ConsumeContext<MatchesUpdated> context)
    {
        var ct = context.CancellationToken;
        using var span = SignalHubActivity.StartStep("dispatch", "signalhub.period", context.Message.Period);
        var period = Period.TryParse(context.Message.Period, out var p, out var error) ? p : throw new FormatException(error);
        await database.InTransactionAsync(async (c, t) =>
        {
            if (!await Inbox.TryBeginAsync(c, t, nameof(DispatchConsumer), context.RequireMessageId(), clock, ct))
                return;
            // Everything ready in the period, not only the listed matches: one that missed an earlier run is caught here.
            await database.Dialect.LockAsync(c, t, $"dispatch:{period}", ct);
            await dispatcher.DispatchAsync(c, t, period, context.Message.MatchIds, ct);
        }, ct);
    }
}
