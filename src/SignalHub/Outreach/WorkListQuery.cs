using System.Text;
using Dapper;
using Microsoft.Extensions.Options;
using SignalHub.Domain.Outreach;
using SignalHub.Storage;

namespace SignalHub.Outreach;

/// <summary>A case as a row of a work list: where the door is, how urgent, where it stands and by when.</summary>
public sealed record WorkListItem(Guid Id, string Period, string Route, string? Team, string? AssignedTo, string Status, DateOnly DueDate,
    bool AtRisk, bool Overdue, string PriorityClass, int PriorityScore, string Address)
{
    public bool Open => Status != CaseStage.Closed.ToCode();

    public bool NeedsAttention => Open && (AtRisk || Overdue);
}

/// <summary>
/// Which cases a list shows. <paramref name="Team"/> is the wijkteam's scope (or a coordinator's choice); null is every team.
/// <paramref name="Status"/> is a status code; <paramref name="AttentionOnly"/> keeps the open cases at risk or overdue.
/// </summary>
/// <paramref name="Route"/> is a route code: a budget coach's own list is the cases routed to the budget coach.
public sealed record WorkListFilter(string? Team = null, string? Status = null, bool AttentionOnly = false, string? Route = null);

/// <summary>
/// The outreach worker's lists, cut in SQL: "mijn zaken" (open cases first, then by priority and deadline), the day's
/// visit list, and the budget coach's recidivists. One row more than asked tells whether a next page exists.
/// </summary>
public sealed partial class WorkListQuery(Database database, IOptions<OutreachOptions> options)
{
    private const string Columns = """
        SELECT k.id AS Id, k.period AS Period, k.route AS Route, k.team AS Team, k.assigned_to AS AssignedTo, k.status AS Status,
               k.due_date AS DueDate, k.at_risk AS AtRisk, k.overdue AS Overdue, m.priority_class AS PriorityClass,
               m.priority_score AS PriorityScore, m.street AS Street, m.house_number AS HouseNumber, m.house_letter AS HouseLetter,
               m.addition AS Addition, m.postcode AS Postcode, m.city AS City
        """;

    public async Task<(IReadOnlyList<WorkListItem> Items, bool HasMore)> PageAsync(WorkListFilter filter, int page, int size, CancellationToken ct)
    {
        var (where, args) = Where(filter);
        args.Add("Skip", (Math.Max(1, page) - 1) * size);
        args.Add("Take", size + 1);
        args.Add("Closed", CaseStage.Closed.ToCode());
        var rows = await database.ReadAsync(c => c.QueryAsync<ItemRow>(new CommandDefinition(database.Dialect.Page(Columns + """
             FROM cases k JOIN matches m ON m.id = k.match_id
            """ + where + """
             ORDER BY CASE WHEN k.status = @Closed THEN 1 ELSE 0 END, m.priority_score DESC, k.due_date, k.id
            """), args, cancellationToken: ct)), ct);
        var items = rows.Select(r => r.ToItem()).ToList();
        return (items.Take(size).ToList(), items.Count > size);
    }

    /// <summary>
    /// How many cases "aandacht nodig" lists (<see cref="WorkListFilter.AttentionOnly"/>, the one definition), split into
    /// overdue and only at risk: the coordinator's overview counts with the same condition as the list it links to.
    /// </summary>
    public async Task<(int Overdue, int AtRisk)> AttentionCountsAsync(string? team, CancellationToken ct)
    {
        var (where, args) = Where(new WorkListFilter(team, AttentionOnly: true));
        args.Add("Closed", CaseStage.Closed.ToCode());
        var counts = await database.ReadAsync(c => c.QuerySingleAsync<AttentionRow>(new CommandDefinition(
            "SELECT COUNT(*) AS Total, COALESCE(SUM(CASE WHEN k.overdue = @Yes THEN 1 ELSE 0 END), 0) AS Overdue FROM cases k" + where,
            args, cancellationToken: ct)), ct);
        return ((int)counts.Overdue, (int)(counts.Total - counts.Overdue));
    }

    private sealed class AttentionRow
    {
        public long Total { get; init; }
        public long Overdue { get; init; }
    }

    /// <summary>The teams that have cases, for a coordinator's team filter.</summary>
    public async Task<IReadOnlyList<string>> TeamsAsync(CancellationToken ct) =>
        [.. await database.ReadAsync(c => c.QueryAsync<string>(new CommandDefinition(
            "SELECT DISTINCT team FROM cases WHERE team IS NOT NULL ORDER BY team", cancellationToken: ct)), ct)];

    private static (string Where, DynamicParameters Args) Where(WorkListFilter filter)
    {
        var where = new StringBuilder(" WHERE 1 = 1");
        var args = new DynamicParameters();
        if (filter.Team is not null)
        {
            where.Append(" AND k.team = @Team");
            args.Add("Team", filter.Team);
        }
        if (filter.Route is not null)
        {
            where.Append(" AND k.route = @Route");
            args.Add("Route", filter.Route);
        }
        if (filter.Status is not null)
        {
            where.Append(" AND k.status = @Status");
            args.Add("Status", filter.Status);
        }
        if (filter.AttentionOnly)
        {
            where.Append(" AND k.status <> @Closed AND (k.at_risk = @Yes OR k.overdue = @Yes)");
            args.Add("Yes", true);
        }
        return (where.ToString(), args);
    }

    /// <summary>"Dorpsstraat 12A-2, 2011AB Haarlem", as the case page and the lists show a door.</summary>
    private class ItemRow
    {
        public Guid Id { get; init; }
        public string Period { get; init; } = "";
        public string Route { get; init; } = "";
        public string? Team { get; init; }
        public string? AssignedTo { get; init; }
        public string Status { get; init; } = "";
        public DateOnly DueDate { get; init; }
        public bool AtRisk { get; init; }
        public bool Overdue { get; init; }
        public string PriorityClass { get; init; } = "";
        public int PriorityScore { get; init; }
        public string? Street { get; init; }
        public int HouseNumber { get; init; }
        public string? HouseLetter { get; init; }
        public string? Addition { get; init; }
        public string Postcode { get; init; } = "";
        public string? City { get; init; }

        public WorkListItem ToItem() => new(Id, Period, Route, Team, AssignedTo, Status, DueDate, AtRisk, Overdue, PriorityClass, PriorityScore,
            Portal.Labels.Address(Street, HouseNumber, HouseLetter, Addition, Postcode, City));
    }
}
