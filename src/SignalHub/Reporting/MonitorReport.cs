namespace SignalHub.Reporting;

/// <summary>
/// The monitor of a period as every report shows it: the frozen snapshot once the period has one (the retention
/// purge freezes a period before it removes any of its records), otherwise a live count.
/// </summary>
public sealed class MonitorReport(MonitorQuery query, ReportSnapshots snapshots, TimeProvider clock)
{
    public async Task<MonitorFigures> GetAsync(ReportPeriod period, CancellationToken ct) =>
        await snapshots.FindAsync(period.Key, ct) ?? await query.CountAsync(period, ct);

    /// <summary>Freezes the period's figures as counted now, unless it is frozen already; returns the frozen figures.</summary>
    public async Task<MonitorFigures> FreezeAsync(ReportPeriod period, CancellationToken ct)
    {
        if (await snapshots.FindAsync(period.Key, ct) is { } frozen)
            return frozen;
        var figures = await query.CountAsync(period, ct);
        await snapshots.SaveAsync(figures, clock.GetUtcNow().UtcDateTime, ct);
        return (await snapshots.FindAsync(period.Key, ct))!;
    }

    /// <summary>The months up to and including <paramref name="last"/>, oldest first, for the trend charts.</summary>
    public async Task<IReadOnlyList<MonitorFigures>> TrendAsync(Domain.Values.Period last, int months, CancellationToken ct)
    {
        var trend = new List<MonitorFigures>();
        for (var month = last.AddMonths(1 - months); month <= last; month = month.Next())
            trend.Add(await GetAsync(ReportPeriod.Month(month), ct));
        return trend;
    }
}
