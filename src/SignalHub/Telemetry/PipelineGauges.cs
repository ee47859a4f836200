using System.Diagnostics.Metrics;
using Dapper;
using SignalHub.Dispatch;
using SignalHub.Domain.Outreach;
using SignalHub.Storage;

namespace SignalHub.Telemetry;

/// <summary>
/// Gauges read from the database: cases per state, overdue and at-risk cases, failed messages, and the newest
/// period's matches per priority class. Queried only when a reader collects, at most every <see cref="MaxAge"/>, and answered
/// from the last snapshot, so a collection never waits on the database.
/// </summary>
public sealed class PipelineGauges(SignalHubMetrics metrics, Database database, TimeProvider clock, ILogger<PipelineGauges> logger) : IHostedService
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private volatile Snapshot _snapshot = Snapshot.Empty;
    private DateTimeOffset _refreshedAt = DateTimeOffset.MinValue;
    private int _refreshing;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var meter = metrics.Meter;
        meter.CreateObservableGauge("signalhub.cases", () => Observe().CasesByState.Select(s =>
            new Measurement<long>(s.Total, new KeyValuePair<string, object?>("case.state", s.Name))), "{case}", "cases per state");
        meter.CreateObservableGauge("signalhub.cases.overdue", () => Observe().Overdue, "{case}", "open cases past their due date");
        meter.CreateObservableGauge("signalhub.cases.at_risk", () => Observe().AtRisk, "{case}", "open cases the deadline job marked at risk");
        meter.CreateObservableGauge("signalhub.messages.failed", () => Observe().Failed, "{message}",
            "messages that kept failing (dead letters) and wait for retry or discard");
        meter.CreateObservableGauge("signalhub.matches", () => Observe().MatchesByPriority.Select(s =>
            new Measurement<long>(s.Total, new KeyValuePair<string, object?>("priority.class", s.Name))), "{match}", "matches of the newest period per priority class");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private Snapshot Observe()
    {
        if (clock.GetUtcNow() - _refreshedAt > MaxAge && Interlocked.Exchange(ref _refreshing, 1) == 0)
            _ = RefreshAsync();
        return _snapshot;
    }

    private async Task RefreshAsync()
    {
        try
        {
            _snapshot = await database.ReadAsync(async c => new Snapshot(
                (await c.QueryAsync<Tally>("SELECT status AS Name, COUNT(*) AS Total FROM cases GROUP BY status")).ToList(),
                await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM cases WHERE due_date < @Today AND status <> @Closed",
                    new { Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), Closed = CaseStage.Closed.ToCode() }),
                await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM cases WHERE at_risk = @Yes AND status <> @Closed",
                    new { Yes = true, Closed = CaseStage.Closed.ToCode() }),
                await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM failed_messages WHERE resolution IS NULL"),
                (await c.QueryAsync<Tally>("""
                    SELECT priority_class AS Name, COUNT(*) AS Total FROM matches
                    WHERE period = (SELECT MAX(period) FROM matches) GROUP BY priority_class
                    """)).ToList()), CancellationToken.None);
            _refreshedAt = clock.GetUtcNow();
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Could not read the pipeline gauges; keeping the last values");
        }
        finally
        {
            Volatile.Write(ref _refreshing, 0);
        }
    }

    private sealed record Snapshot(IReadOnlyList<Tally> CasesByState, long Overdue, long AtRisk, long Failed, IReadOnlyList<Tally> MatchesByPriority)
    {
        public static readonly Snapshot Empty = new([], 0, 0, 0, []);
    }

    private sealed class Tally
    {
        public string Name { get; init; } = "";
        public long Total { get; init; }
    }
}
