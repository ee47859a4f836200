using System.Data.Common;
using Dapper;
using SignalHub.Domain.Values;
using SignalHub.Domain.Vocabulary;
using SignalHub.Storage;

namespace SignalHub.Ingestion.Calendar;

/// <summary>
/// Records reminders and late flags in <c>partner_reminders</c>, once per partner, period and kind. Each row
/// goes in its own transaction and the unique key decides a race, so a job may run hourly, twice, or on two
/// schedulers at once without doubling a row or a mail. A mail is sent after its row is committed: at most once.
/// </summary>
internal sealed class PartnerReminders(Database database, ReminderMail mail, TimeProvider clock, ILogger<PartnerReminders> logger)
{
    // A partner has delivered for the period when a delivery received before the deadline completed, or is still
    // being processed (it may yet complete: no reminder or flag while it does). Rejected deliveries do not count.
    private const string UndeliveredSql = """
        SELECT p.id AS Id, p.contact_email AS ContactEmail
        FROM partners p
        WHERE p.created_at < @Deadline
          AND NOT EXISTS (SELECT 1 FROM deliveries d
                          WHERE d.partner_id = p.id AND d.period = @Period AND d.received_at < @Deadline
                            AND d.status IN (@Completed, @Received, @Processing))
          AND NOT EXISTS (SELECT 1 FROM partner_reminders r WHERE r.partner_id = p.id AND r.period = @Period AND r.kind = @Kind)
        ORDER BY p.id
        """;

    private const string Insert = """
        INSERT INTO partner_reminders (id, partner_id, period, kind, created_at, sent_by_email, email_error)
        VALUES (@Id, @PartnerId, @Period, @Kind, @Now, @No, NULL)
        """;

    private const string MarkMailed = "UPDATE partner_reminders SET sent_by_email = @Sent, email_error = @Error WHERE id = @Id";

    /// <summary>
    /// Records <paramref name="kind"/> for every partner registered before the deadline that has not delivered
    /// in time and has no such row yet; mails reminders when e-mail is on. Returns how many rows this call added.
    /// </summary>
    public async Task<int> RecordAsync(Period period, string kind, DateTime deadline, CancellationToken ct) =>
        await RecordAsync(await database.ReadAsync(c => UndeliveredAsync(c, null, period, kind, deadline, ct), ct), ct);

    /// <summary>
    /// The partners that have not delivered for <paramref name="period"/> in time and have no <paramref name="kind"/> row yet:
    /// read in a job's transaction, so the job's fire record commits with this decision.
    /// </summary>
    public static async Task<Undelivered> UndeliveredAsync(DbConnection c, DbTransaction? t, Period period, string kind, DateTime deadline, CancellationToken ct)
    {
        var partners = await c.QueryAsync<Candidate>(new CommandDefinition(UndeliveredSql, new
        {
            Period = period.ToString(), Kind = kind, Deadline = deadline,
            Completed = DeliveryStatus.Completed.ToCode(), Received = DeliveryStatus.Received.ToCode(), Processing = DeliveryStatus.Processing.ToCode(),
        }, t, cancellationToken: ct));
        return new Undelivered(period, kind, deadline, partners.ToList());
    }

    /// <summary>Records each partner's row in its own transaction (the unique key decides a race), then mails it.</summary>
    public async Task<int> RecordAsync(Undelivered undelivered, CancellationToken ct)
    {
        var (period, kind, deadline) = (undelivered.Period, undelivered.Kind, undelivered.Deadline);
        var recorded = 0;
        foreach (var partner in undelivered.Partners)
        {
            var id = Guid.CreateVersion7();
            try
            {
                await database.InTransactionAsync((c, t) => c.ExecuteAsync(new CommandDefinition(Insert, new
                {
                    Id = id, PartnerId = partner.Id, Period = period.ToString(), Kind = kind, Now = clock.GetUtcNow().UtcDateTime, No = false,
                }, t, cancellationToken: ct)), ct);
            }
            catch (Exception e) when (database.Dialect.IsUniqueViolation(e))
            {
                continue; // another run or scheduler recorded this one first, and mails it
            }
            recorded++;
            if (kind == ReminderKind.Reminder && mail.Enabled && partner.ContactEmail is { Length: > 0 } to)
                await MailAsync(id, partner.Id, to, period, deadline, ct);
        }
        return recorded;
    }

    private async Task MailAsync(Guid reminderId, Guid partnerId, string to, Period period, DateTime deadline, CancellationToken ct)
    {
        var error = await mail.TrySendReminderAsync(to, period, deadline, ct);
        if (error is not null)
            logger.LogWarning("Reminder {ReminderId} to partner {PartnerId} for {Period} was recorded but not mailed: {Error}",
                reminderId, partnerId, period, error);
        await database.InTransactionAsync((c, t) => c.ExecuteAsync(new CommandDefinition(MarkMailed,
            new { Id = reminderId, Sent = error is null, Error = error?[..Math.Min(error.Length, 400)] }, t, cancellationToken: ct)), ct);
    }

    /// <summary>Who is to get a reminder or late flag for one period, as decided in a job's transaction.</summary>
    internal sealed record Undelivered(Period Period, string Kind, DateTime Deadline, IReadOnlyList<Candidate> Partners);

    internal sealed class Candidate
    {
        public Guid Id { get; init; }
        public string? ContactEmail { get; init; }
    }
}
