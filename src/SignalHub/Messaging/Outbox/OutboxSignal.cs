using System.Threading.Channels;

namespace SignalHub.Messaging.Outbox;

/// <summary>Wakes the outbox publisher right after a commit instead of at its next poll.</summary>
public sealed class OutboxSignal
{
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Wake() => _wake.Writer.TryWrite(true);

    public async Task WaitAsync(CancellationToken ct) => await _wake.Reader.ReadAsync(ct);
}
