using Dapper;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SignalHub.Dispatch;
using SignalHub.Domain.Values;
using SignalHub.Ingestion.Calendar;
using SignalHub.Security.Accounts;
using SignalHub.Storage;

namespace SignalHub.Portal;

/// <summary>
/// The month at a glance: deliveries, matches and where the cases went. The coordinator and functional administration
/// also see the <see cref="CoordinatorDashboard"/>: timeliness, priorities, case states and the cases that need them.
/// </summary>
public sealed class IndexModel(Database database, TimeProvider clock, DeliveryCalendar calendar, CaseQuery cases, Outreach.WorkListQuery work) : PageModel
{
    public string Period { get; private set; } = "";
    public string PeriodLabel { get; private set; } = "";
    public MonthSummary Summary { get; private set; } = new();
    public IReadOnlyList<DeliveryLine> Deliveries { get; private set; } = [];
    public IReadOnlyList<RouteCount> Routes { get; private set; } = [];

    public FormErrors Errors { get; } = new();

    /// <summary>Null for the roles that see the simpler overview.</summary>
    public CoordinatorDashboard? Dashboard { get; private set; }

    public async Task OnGetAsync(string? periode, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(periode) && !Domain.Values.Period.TryParse(periode, out _, out _))
            Errors.Add("periode", "Vul de maand in als jaar en maand, bijvoorbeeld 2026-11. U ziet nu de laatste maand met leveringen.");
        var period = await PortalPeriod.ResolveAsync(database, clock, periode, ct);
        Period = period.ToString();
        PeriodLabel = Labels.Period(period);
        var args = new { Period = Period };
        await database.ReadAsync(async c =>
        {
            Summary = await c.QuerySingleAsync<MonthSummary>(new CommandDefinition("""
                SELECT (SELECT COUNT(*) FROM signals WHERE period = @Period AND status = 'current') AS Signals,
                       (SELECT COUNT(*) FROM matches WHERE period = @Period AND signal_count > 0) AS Matches,
                       (SELECT COUNT(*) FROM matches WHERE period = @Period AND multiple_arrears = @Yes) AS MultipleArrears,
                       (SELECT COUNT(*) FROM cases WHERE period = @Period) AS Cases
                """, new { Period, Yes = true }, cancellationToken: ct));
            Deliveries = [.. await c.QueryAsync<DeliveryLine>(new CommandDefinition("""
                SELECT p.name AS Partner, d.status AS Status, d.received_at AS ReceivedAt, d.rows_read AS RowsRead,
                       d.rows_accepted AS RowsAccepted, d.rows_rejected AS RowsRejected
                FROM deliveries d JOIN partners p ON p.id = d.partner_id
                WHERE d.period = @Period ORDER BY p.name, d.received_at
                """, args, cancellationToken: ct))];
            Routes = [.. await c.QueryAsync<RouteCount>(new CommandDefinition(
                "SELECT route AS Route, COUNT(*) AS Count FROM cases WHERE period = @Period GROUP BY route ORDER BY route", args, cancellationToken: ct))];
            return true;
        }, ct);
        if (User.IsInRole(PortalRoles.Coordinator) || User.IsInRole(PortalRoles.Administrator))
            Dashboard = await CoordinatorDashboard.LoadAsync(calendar, cases, work, database, period, ct);
    }

    public sealed class MonthSummary
    {
        public int Signals { get; init; }
        public int Matches { get; init; }
        public int MultipleArrears { get; init; }
        public int Cases { get; init; }
    }

    public sealed class DeliveryLine
    {
        public string Partner { get; init; } = "";
        public string Status { get; init; } = "";
        public DateTime ReceivedAt { get; init; }
        public int RowsRead { get; init; }
        public int RowsAccepted { get; init; }
        public int RowsRejected { get; init; }
    }

    public sealed class RouteCount
    {
        public string Route { get; init; } = "";
        public int Count { get; init; }
    }
}
