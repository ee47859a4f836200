using Dapper;
using SignalHub.Domain.Values;
using SignalHub.Domain.Vocabulary;
using SignalHub.Ingestion;
using SignalHub.Ingestion.Calendar;
using SignalHub.Registers;
using SignalHub.Storage;

namespace SignalHub.Feedback;

/// <summary>How many rows or deliveries a reason code accounts for.</summary>
public sealed record CodeCount(string Code, int Count);

/// <summary>
/// A partner's data quality for one month, for the partner and the municipality. Field names are a contract.
/// </summary>
/// <param name="Timeliness">From the delivery calendar: on_time, late, open (deadline ahead), missing, or not_expected (registered after the deadline).</param>
/// <param name="RowsRead">Rows of the newest completed delivery of the month (the one that counts), and how they fared.</param>
/// <param name="RejectedByCode">That delivery's rejected rows per reason code (postcode.invalid, ...).</param>
/// <param name="DeliveriesRefused">Files refused as a whole this month, per reason code in <paramref name="RefusedByCode"/>.</param>
/// <param name="AddressesNotFound">The partner's current signals whose address is not in the municipality's BAG register.</param>
/// <param name="AddressesOutside">The partner's current signals whose postcode lies outside the municipality.</param>
public sealed record DataQualitySummary(string Period, Guid PartnerId, string Partner, DateOnly? DeadlineDay, DateTime? FirstDeliveredAt,
    string Timeliness, int CompletedDeliveries, int RowsRead, int RowsAccepted, int RowsRejected, IReadOnlyList<CodeCount> RejectedByCode,
    int DeliveriesRefused, IReadOnlyList<CodeCount> RefusedByCode, int AddressesNotFound, int AddressesOutside);

/// <summary>The monthly data-quality summary per partner: rejected rows by reason, addresses not found, late delivery.</summary>
public sealed class DataQualityQuery(Database database, DeliveryCalendar calendar)
{
    /// <summary>Every partner of the month, or only <paramref name="partnerScope"/>'s own summary.</summary>
    public async Task<IReadOnlyList<DataQualitySummary>> ForPeriodAsync(Period period, Guid? partnerScope, CancellationToken ct)
    {
        var entries = (await calendar.ForPeriodAsync(period, partnerScope, ct)).ToDictionary(e => e.PartnerId);
        var partners = await database.ReadAsync(c => c.QueryAsync<(Guid Id, string Name)>(new CommandDefinition(
            "SELECT id, name FROM partners" + (partnerScope is null ? "" : " WHERE id = @Scope") + " ORDER BY name",
            new { Scope = partnerScope }, cancellationToken: ct)), ct);
        var summaries = new List<DataQualitySummary>();
        foreach (var (id, name) in partners)
            summaries.Add(await SummaryAsync(period, id, name, entries.GetValueOrDefault(id), ct));
        return summaries;
    }

    private Task<DataQualitySummary> SummaryAsync(Period period, Guid partnerId, string name, CalendarEntry? entry, CancellationToken ct) =>
        database.ReadAsync(async c =>
        {
            var args = new { PartnerId = partnerId, Period = period.ToString(), Completed = DeliveryStatus.Completed.ToCode(), Rejected = DeliveryStatus.Rejected.ToCode(), Current = SignalStanding.Current.ToCode() };
            var newest = (await c.QueryAsync<DeliveryRow>(new CommandDefinition("""
                SELECT id AS Id, rows_read AS RowsRead, rows_accepted AS RowsAccepted, rows_rejected AS RowsRejected, received_at AS ReceivedAt
                FROM deliveries WHERE partner_id = @PartnerId AND period = @Period AND status = @Completed
                """, args, cancellationToken: ct))).MaxBy(d => (d.ReceivedAt, d.Id));
            var rejected = newest is null ? [] : await c.QueryAsync<CodeRow>(new CommandDefinition(
                "SELECT code AS Code, COUNT(*) AS Count FROM delivery_errors WHERE delivery_id = @Id GROUP BY code ORDER BY code",
                new { newest.Id }, cancellationToken: ct));
            var refused = (await c.QueryAsync<CodeRow>(new CommandDefinition("""
                SELECT error_code AS Code, COUNT(*) AS Count FROM deliveries
                WHERE partner_id = @PartnerId AND period = @Period AND status = @Rejected GROUP BY error_code ORDER BY error_code
                """, args, cancellationToken: ct))).ToList();
            var addresses = (await c.QueryAsync<CodeRow>(new CommandDefinition("""
                SELECT m.address_status AS Code, COUNT(*) AS Count
                FROM signals s JOIN matches m ON m.id = s.match_id
                WHERE s.partner_id = @PartnerId AND s.period = @Period AND s.status = @Current
                GROUP BY m.address_status
                """, args, cancellationToken: ct))).ToDictionary(r => r.Code ?? "", r => (int)r.Count);
            return new DataQualitySummary(period.ToString(), partnerId, name, entry?.DeadlineDay, entry?.FirstDeliveredAt,
                TimelinessCode(entry?.Timeliness), entry?.CompletedDeliveries ?? 0, newest?.RowsRead ?? 0, newest?.RowsAccepted ?? 0,
                newest?.RowsRejected ?? 0, [.. rejected.Select(r => new CodeCount(r.Code ?? "", (int)r.Count))],
                (int)refused.Sum(r => r.Count), [.. refused.Select(r => new CodeCount(r.Code ?? "unknown", (int)r.Count))],
                addresses.GetValueOrDefault(AddressStatus.NotFound), addresses.GetValueOrDefault(AddressStatus.Outside));
        }, ct);

    /// <summary>When the month's newest completed delivery, whose rows the summary counts, was received; null without one.</summary>
    public Task<DateTime?> CountedDeliveryAtAsync(Period period, Guid partnerId, CancellationToken ct) =>
        database.ReadAsync(async c => (await c.QueryAsync<DateTime>(new CommandDefinition(
            "SELECT received_at FROM deliveries WHERE partner_id = @PartnerId AND period = @Period AND status = @Completed",
            new { PartnerId = partnerId, Period = period.ToString(), Completed = DeliveryStatus.Completed.ToCode() }, cancellationToken: ct)))
            .Select(d => (DateTime?)d).Max(), ct);

    private static string TimelinessCode(Timeliness? timeliness) => timeliness switch
    {
        Ingestion.Calendar.Timeliness.OnTime => "on_time",
        Ingestion.Calendar.Timeliness.Late => "late",
        Ingestion.Calendar.Timeliness.Missing => "missing",
        Ingestion.Calendar.Timeliness.Open => "open",
        _ => "not_expected",
    };

    private sealed class DeliveryRow
    {
        public Guid Id { get; init; }
        public int RowsRead { get; init; }
        public int RowsAccepted { get; init; }
        public int RowsRejected { get; init; }
        public DateTime ReceivedAt { get; init; }
    }

    private sealed class CodeRow
    {
        public string? Code { get; init; }
        public long Count { get; init; }
    }
}
