using System.Data.Common;
using Dapper;
using SignalHub.Domain.Values;
using SignalHub.Domain.Vocabulary;
using SignalHub.Messaging.Contracts;
using SignalHub.Messaging.Outbox;
using SignalHub.Storage;

namespace SignalHub.Ingestion;

/// <summary>
/// A partner withdraws its own signal for a reference and period (paid, arrangement, wrong address). The
/// status change and the <see cref="SignalWithdrawn"/> message that re-matches the address commit together.
/// Withdrawing again changes nothing and answers the stored state; another partner's reference is not found.
/// </summary>
public sealed class SignalWithdrawal(Database database, OutboxSignal outbox, TimeProvider clock, ILogger<SignalWithdrawal> logger)
{
    // Newest delivery first: the state a partner sees is that of the signal it sent last for the reference.
    private const string SelectSignals = """
        SELECT s.id AS Id, s.reference AS Reference, s.period AS Period, s.status AS Status, s.status_reason AS Reason,
               s.status_at AS StatusAt, s.address_key AS AddressKey
        FROM signals s JOIN deliveries d ON d.id = s.delivery_id
        WHERE s.partner_id = @PartnerId AND s.period = @Period AND s.reference = @Reference
        ORDER BY d.received_at DESC, s.id DESC
        """;

    /// <returns>The signal's state after the call, or null when this partner has no signal with this reference in the period.</returns>
    public async Task<SignalState?> WithdrawAsync(Guid partnerId, Period period, string reference, WithdrawalReason reason, CancellationToken ct)
    {
        var key = new { PartnerId = partnerId, Period = period.ToString(), Reference = reference };
        var (state, withdrawn) = await database.InTransactionAsync(async (c, t) =>
        {
            // The lock a completing delivery takes: a withdrawal never interleaves with replacing the period's signals.
            await database.Dialect.LockAsync(c, t, $"deliveries:{partnerId}:{period}", ct);
            var signals = (await ReadAsync(c, t, key, ct)).ToList();
            // While a newer delivery is still being stored, a reference can be current in two deliveries: both go.
            var current = signals.Where(s => s.Status == SignalStanding.Current.ToCode()).ToList();
            foreach (var signal in current)
            {
                await c.ExecuteAsync(new CommandDefinition(
                    "UPDATE signals SET status = @Withdrawn, status_reason = @Reason, status_at = @Now WHERE id = @Id AND status = @Current",
                    new { signal.Id, Withdrawn = SignalStanding.Withdrawn.ToCode(), Current = SignalStanding.Current.ToCode(), Reason = reason.ToCode(), Now = clock.GetUtcNow().UtcDateTime },
                    t, cancellationToken: ct));
                await Outbox.AddAsync(c, t, new SignalWithdrawn(signal.Id, signal.Period, signal.AddressKey), clock, ct);
            }
            var after = current.Count > 0 ? await ReadAsync(c, t, key, ct) : signals;
            return (after.FirstOrDefault()?.ToState(), current.Count);
        }, ct);
        if (withdrawn > 0)
        {
            outbox.Wake();
            logger.LogInformation("Partner {PartnerId} withdrew {Count} signal(s) of {Period} as {Reason}", partnerId, withdrawn, period, reason.ToCode());
        }
        return state;
    }

    private static Task<IEnumerable<SignalRow>> ReadAsync(DbConnection c, DbTransaction t, object key, CancellationToken ct) =>
        c.QueryAsync<SignalRow>(new CommandDefinition(SelectSignals, key, t, cancellationToken: ct));

    private sealed class SignalRow
    {
        public Guid Id { get; init; }
        public string Reference { get; init; } = "";
        public string Period { get; init; } = "";
        public string Status { get; init; } = "";
        public string? Reason { get; init; }
        public DateTime? StatusAt { get; init; }
        public string AddressKey { get; init; } = "";

        public SignalState ToState() => new(Reference, Period, Status, Reason, StatusAt);
    }
}

/// <summary>
/// Where a partner's signal stands. <c>reason</c> is a withdrawal code (<c>paid</c>, ...) when the partner
/// withdrew it through the API, or the pipeline's words when a newer delivery left it out or replaced it.
/// </summary>
public sealed record SignalState(string Reference, string Period, string Status, string? Reason, DateTime? StatusAt);
