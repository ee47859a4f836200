using Dapper;
using SignalHub.Domain.Routing;
using SignalHub.Domain.Outreach;
using Route = SignalHub.Domain.Routing.Route;

namespace SignalHub.Outreach;

/// <summary>
/// A household reported again: its open case, and the earlier match it repeats with where that went (the earlier case's
/// status and final result, when it had a case of its own or joined one).
/// </summary>
public sealed record RecidivistItem(WorkListItem Case, Guid? EarlierMatchId, string? EarlierPeriod, Guid? EarlierCaseId, string? EarlierStatus,
    string? EarlierResult);

public sealed partial class WorkListQuery
{
    /// <summary>The budget coach's open cases: recidivists (the match repeats an earlier one) and cases routed to the budget coach.</summary>
    public async Task<(IReadOnlyList<RecidivistItem> Items, bool HasMore)> RecidivistsAsync(int page, int size, CancellationToken ct)
    {
        var args = new
        {
            Route = Route.Budgetcoach.ToCode(), Closed = CaseStage.Closed.ToCode(), Skip = (Math.Max(1, page) - 1) * size, Take = size + 1,
        };
        var rows = (await database.ReadAsync(c => c.QueryAsync<RecidivistRow>(new CommandDefinition(database.Dialect.Page(Columns + """
            , e.id AS EarlierMatchId, e.period AS EarlierPeriod, ek.id AS EarlierCaseId, ek.status AS EarlierStatus, ek.result AS EarlierResult
            FROM cases k JOIN matches m ON m.id = k.match_id
            LEFT JOIN matches e ON e.id = m.recidivist_of
            LEFT JOIN cases ek ON ek.match_id = e.id OR ek.id = e.joined_case_id
            WHERE (m.recidivist_of IS NOT NULL OR k.route = @Route) AND k.status <> @Closed
            ORDER BY m.priority_score DESC, k.due_date, k.id
            """), args, cancellationToken: ct)), ct)).ToList();
        var items = rows.Select(r => new RecidivistItem(r.ToItem(), r.EarlierMatchId, r.EarlierPeriod, r.EarlierCaseId, r.EarlierStatus, r.EarlierResult))
            .ToList();
        return (items.Take(size).ToList(), items.Count > size);
    }

    private sealed class RecidivistRow : ItemRow
    {
        public Guid? EarlierMatchId { get; init; }
        public string? EarlierPeriod { get; init; }
        public Guid? EarlierCaseId { get; init; }
        public string? EarlierStatus { get; init; }
        public string? EarlierResult { get; init; }
    }
}
