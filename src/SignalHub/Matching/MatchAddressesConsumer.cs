using MassTransit;
using SignalHub.Domain.Values;
using SignalHub.Messaging;
using SignalHub.Messaging.Contracts;
using SignalHub.Messaging.Outbox;
using SignalHub.Storage;
using SignalHub.Telemetry;

namespace SignalHub.Matching;

/// <summary>
/// Re-matches only the addresses a message touches: those of a stored chunk, those whose signals a
/// completed delivery superseded, or the one of a signal its partner withdrew. Announces the changed
/// matches to dispatch through the outbox.
/// </summary>
internal sealed class MatchAddressesConsumer(Database database, AddressRegrouper regrouper, OutboxSignal outbox, TimeProvider clock)
    : IConsumer<SignalsAccepted>, IConsumer<DeliveryCompleted>, IConsumer<SignalWithdrawn>
{
    public Task Consume(ConsumeContext<SignalsAccepted> context) =>
        RegroupAsync(context, context.Message.Period,
            "SELECT address_key FROM signals WHERE delivery_id = @DeliveryId AND chunk_seq = @Seq",
            new { context.Message.DeliveryId, context.Message.Seq });

    public Task Consume(ConsumeContext<DeliveryCompleted> context) =>
        RegroupAsync(context, context.Message.Period,
            "SELECT address_key FROM signals WHERE superseded_by = @NewestDeliveryId",
            new { context.Message.NewestDeliveryId });

    public Task Consume(ConsumeContext<SignalWithdrawn> context) =>
        RegroupAsync(context, context.Message.Period,
            "SELECT address_key FROM signals WHERE id = @SignalId",
            new { context.Message.SignalId });

    private async Task RegroupAsync(ConsumeContext context, string periodText, string addressKeys, object parameters)
    {
        var period = Period.TryParse(periodText, out var p, out var error) ? p : throw new FormatException(error);
        var ct = context.CancellationToken;
        using var span = SignalHubActivity.StartStep("match addresses", "signalhub.period", periodText);
        var handled = await database.InTransactionAsync(async (c, t) =>
        {
            if (!await Inbox.TryBeginAsync(c, t, nameof(MatchAddressesConsumer), context.RequireMessageId(), clock, ct))
                return false;
            var changed = await regrouper.RegroupAsync(c, t, database.Dialect, period, addressKeys, parameters, ct);
            if (changed.Count > 0)
                await Outbox.AddAsync(c, t, new MatchesUpdated(period.ToString(), changed), clock, ct);
            return true;
        }, ct);
        if (handled)
            outbox.Wake();
    }
}
