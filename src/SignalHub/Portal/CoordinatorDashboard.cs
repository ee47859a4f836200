using Dapper;
using SignalHub.Dispatch;
using SignalHub.Domain.Matching;
using SignalHub.Domain.Outreach;
using SignalHub.Domain.Values;
using SignalHub.Ingestion.Calendar;
using SignalHub.Outreach;
using SignalHub.Storage;

namespace SignalHub.Portal;

/// <summary>
/// What the coordinator and functional administration see of a month on the overview: each partner's delivery against
/// the deadline (from <see cref="DeliveryCalendar"/>), the matches per priority class, the cases per state, those at
/// risk or overdue (as <see cref="WorkListQuery"/> lists them under "aandacht nodig"), and how many cases wait in the coordinator's queue.
/// </summary>
public sealed record CoordinatorDashboard(
    IReadOnlyList<CalendarEntry> Calendar,
    IReadOnlyList<(string PriorityClass, int Count)> MatchesByPriority,
    IReadOnlyList<(string Status, int Count)> CasesByStatus,
    int AtRisk,
    int Overdue,
    IReadOnlyList<WorkListItem> NeedingAttention,
    long CoordinatorQueue)
{
    /// <summary>The classes from the most urgent down, so the table reads in the order a coordinator acts.</summary>
    private static readonly string[] PriorityOrder =
        [.. Enum.GetValues<PriorityClass>().OrderDescending().Select(p => p.ToString().ToLowerInvariant())];

    private static readonly string[] StatusOrder =
        [CaseStage.New.ToCode(), CaseStage.Assigned.ToCode(), CaseStage.ContactAttempted.ToCode(), CaseStage.InContact.ToCode(), CaseStage.HelpAccepted.ToCode(), CaseStage.Closed.ToCode()];

    public int Count(Timeliness timeliness) => Calendar.Count(c => c.Timeliness == timeliness);

    /// <summary>The cases listed under the counts: the first of "aandacht nodig", the rest a link away.</summary>
    public const int AttentionShown = 25;

    public static async Task<CoordinatorDashboard> LoadAsync(DeliveryCalendar calendar, CaseQuery cases, WorkListQuery work, Database database,
        Period period, CancellationToken ct)
    {
        // Counted in SQL: a large city's month has tens of thousands of matches and cases, the overview shows numbers.
        var entries = await calendar.ForPeriodAsync(period, null, ct);
        // Cases needing attention are those of every month, as /zaken?aandacht=true lists them: an overdue case of last
        // month still needs the coordinator. The same filter counts and lists, so the two pages agree.
        var (overdue, atRisk) = await work.AttentionCountsAsync(null, ct);
        var (attention, _) = await work.PageAsync(new WorkListFilter(AttentionOnly: true), 1, AttentionShown, ct);
        var queue = await cases.CoordinatorQueueCountAsync(ct);
        var args = new { Period = period.ToString() };
        var priorities = await CountAsync(database,
            "SELECT priority_class AS Code, COUNT(*) AS Count FROM matches WHERE period = @Period AND signal_count > 0 GROUP BY priority_class", args, ct);
        var statuses = await CountAsync(database, "SELECT status AS Code, COUNT(*) AS Count FROM cases WHERE period = @Period GROUP BY status", args, ct);
        return new CoordinatorDashboard(entries,
            [.. PriorityOrder.Concat(priorities.Keys.Except(PriorityOrder)).Select(p => (p, priorities.GetValueOrDefault(p)))],
            [.. StatusOrder.Concat(statuses.Keys.Except(StatusOrder)).Select(s => (s, statuses.GetValueOrDefault(s)))],
            atRisk,
            overdue,
            attention,
            queue);
    }

    private static async Task<Dictionary<string, int>> CountAsync(Database database, string sql, object args, CancellationToken ct) =>
        (await database.ReadAsync(c => c.QueryAsync<CodeCount>(new CommandDefinition(sql, args, cancellationToken: ct)), ct))
            .ToDictionary(k => k.Code, k => (int)k.Count, StringComparer.Ordinal);

    private sealed class CodeCount
    {
        public string Code { get; init; } = "";
        public long Count { get; init; }
    }
}
