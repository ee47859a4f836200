using Dapper;
using Microsoft.Extensions.Options;
using SignalHub.Domain.Values;
using SignalHub.Domain.Vocabulary;
using SignalHub.Storage;

namespace SignalHub.Ingestion.Calendar;

/// <summary>
/// The delivery calendar of one period for the portal and the reports: per partner its deadline, its first
/// completed delivery, whether that was on time, and the reminder and late flag it got. Timeliness is derived
/// here from <c>deliveries.received_at</c>, never stored, so a changed deadline day shows at once.
/// </summary>
public sealed class DeliveryCalendar(Database database, IOptions<IngestionOptions> ingestion, TimeProvider clock)
{
    // Listed: partners registered before the deadline (they were expected) and any partner that delivered.
    private const string Select = """
        SELECT p.id AS PartnerId, p.name AS Partner, p.type AS PartnerType,
               (SELECT MIN(d.received_at) FROM deliveries d
                WHERE d.partner_id = p.id AND d.period = @Period AND d.status = @Completed) AS FirstDeliveredAt,
               (SELECT COUNT(*) FROM deliveries d
                WHERE d.partner_id = p.id AND d.period = @Period AND d.status = @Completed) AS CompletedDeliveries,
               rm.created_at AS RemindedAt, rm.sent_by_email AS ReminderMailed, lt.created_at AS FlaggedLateAt
        FROM partners p
        LEFT JOIN partner_reminders rm ON rm.partner_id = p.id AND rm.period = @Period AND rm.kind = @Reminder
        LEFT JOIN partner_reminders lt ON lt.partner_id = p.id AND lt.period = @Period AND lt.kind = @Late
        WHERE (p.created_at < @Deadline OR EXISTS (SELECT 1 FROM deliveries d WHERE d.partner_id = p.id AND d.period = @Period))
        """;

    /// <summary>The period's calendar, by partner name; <paramref name="partnerScope"/> limits it to one partner's own row.</summary>
    public async Task<IReadOnlyList<CalendarEntry>> ForPeriodAsync(Period period, Guid? partnerScope, CancellationToken ct)
    {
        var day = period.DeadlineDay(ingestion.Value.DeadlineDay);
        var deadline = DeliveryDeadline.EndOf(period, ingestion.Value.DeadlineDay);
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = await database.ReadAsync(c => c.QueryAsync<Row>(new CommandDefinition(
            Select + (partnerScope is null ? "" : " AND p.id = @Scope") + " ORDER BY p.name",
            new
            {
                Period = period.ToString(), Deadline = deadline, Scope = partnerScope,
                Completed = DeliveryStatus.Completed.ToCode(), ReminderKind.Reminder, ReminderKind.Late,
            }, cancellationToken: ct)), ct);
        return [.. rows.Select(r => new CalendarEntry(r.PartnerId, r.Partner, r.PartnerType, period, day, deadline,
            r.FirstDeliveredAt, r.CompletedDeliveries, DeliveryDeadline.Judge(r.FirstDeliveredAt, deadline, now),
            r.RemindedAt, r.ReminderMailed ?? false, r.FlaggedLateAt))];
    }

    private sealed class Row
    {
        public Guid PartnerId { get; init; }
        public string Partner { get; init; } = "";
        public string PartnerType { get; init; } = "";
        public DateTime? FirstDeliveredAt { get; init; }
        public int CompletedDeliveries { get; init; }
        public DateTime? RemindedAt { get; init; }
        public bool? ReminderMailed { get; init; }
        public DateTime? FlaggedLateAt { get; init; }
    }
}

/// <summary>
/// One partner in one period's calendar. <paramref name="Deadline"/> is the first instant (UTC) that is too late;
/// <paramref name="FirstDeliveredAt"/> is when the first completed delivery was received (UTC).
/// </summary>
public sealed record CalendarEntry(
    Guid PartnerId,
    string Partner,
    string PartnerType,
    Period Period,
    DateOnly DeadlineDay,
    DateTime Deadline,
    DateTime? FirstDeliveredAt,
    int CompletedDeliveries,
    Timeliness Timeliness,
    DateTime? RemindedAt,
    bool ReminderMailed,
    DateTime? FlaggedLateAt);
