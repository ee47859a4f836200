using Dapper;
using SignalHub.Dispatch;
using SignalHub.Domain.Values;
using SignalHub.Ingestion.Calendar;
using SignalHub.Storage;

namespace SignalHub.Portal;

/// <summary>
/// What the coordinator and functional administration see of a month on the overview: each partner's delivery against
/// the deadline (from <see cref="DeliveryCalendar"/>), the matches per priority class, the cases per state and those at
/// risk or overdue (from <see cref="CaseQuery"/>), and how many cases wait in the coordinator's queue.
/// </summary>
public sealed record CoordinatorDashboard(
    IReadOnlyList<CalendarEntry> Calendar,
    IReadOnlyList<(string PriorityClass, int Count)> MatchesByPriority,
    IReadOnlyList<(string Status, int Count)> CasesByStatus,
    IReadOnlyList<CaseView> AtRisk,
    IReadOnlyList<CaseView> Overdue,
    int CoordinatorQueue)
{
    /// <summary>The classes from the most urgent down, so the table reads in the order a coordinator acts.</summary>
    private static readonly string[] PriorityOrder = ["urgent", "high", "normal", "low"];

    private static readonly string[] StatusOrder = ["new", "assigned", "contact_attempted", "in_contact", "help_accepted", "closed"];

    public int Count(Timeliness timeliness) => Calendar.Count(c => c.Timeliness == timeliness);

    public static async Task<CoordinatorDashboard> LoadAsync(DeliveryCalendar calendar, CaseQuery cases, Database database, Period period,
        CancellationToken ct)
    {
        var entries = await calendar.ForPeriodAsync(period, null, ct);
        var month = await cases.ListAsync(period, ct);
        var queue = await cases.CoordinatorQueueAsync(ct);
        var byPriority = await database.ReadAsync(c => c.QueryAsync<ClassCount>(new CommandDefinition(
            "SELECT priority_class AS Class, COUNT(*) AS Count FROM matches WHERE period = @Period AND signal_count > 0 GROUP BY priority_class",
            new { Period = period.ToString() }, cancellationToken: ct)), ct);
        var priorities = byPriority.ToDictionary(p => p.Class, p => (int)p.Count, StringComparer.Ordinal);
        var statuses = month.GroupBy(k => k.Status, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new CoordinatorDashboard(entries,
            [.. PriorityOrder.Concat(priorities.Keys.Except(PriorityOrder)).Select(p => (p, priorities.GetValueOrDefault(p)))],
            [.. StatusOrder.Concat(statuses.Keys.Except(StatusOrder)).Select(s => (s, statuses.GetValueOrDefault(s)))],
            [.. month.Where(k => k.AtRisk && !k.Overdue && k.Status != CaseStatus.Closed)],
            [.. month.Where(k => k.Overdue && k.Status != CaseStatus.Closed)],
            queue.Count);
    }

    private sealed class ClassCount
    {
        public string Class { get; init; } = "";
        public long Count { get; init; }
    }
}
