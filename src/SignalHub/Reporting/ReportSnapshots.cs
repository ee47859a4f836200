using System.Text.Json;
using Dapper;
using SignalHub.Cli;
using SignalHub.Storage;

namespace SignalHub.Reporting;

/// <summary>The frozen figures of each period, as JSON: anonymous counts that outlive the personal records.</summary>
public sealed class ReportSnapshots(Database database)
{
    private const string Select = "SELECT figures AS Figures, frozen_at AS FrozenAt FROM report_snapshots WHERE period = @Period";

    private const string Delete = "DELETE FROM report_snapshots WHERE period = @Period";

    private const string Insert = """
        INSERT INTO report_snapshots (period, figures, frozen_at) VALUES (@Period, @Figures, @FrozenAt)
        """;

    public async Task<MonitorFigures?> FindAsync(string period, CancellationToken ct)
    {
        var row = await database.ReadAsync(c => c.QuerySingleOrDefaultAsync<SnapshotRow>(
            new CommandDefinition(Select, new { Period = period }, cancellationToken: ct)), ct);
        return row is null ? null
            : JsonSerializer.Deserialize<MonitorFigures>(row.Figures, JsonOutput.Options)! with { Source = "snapshot", FrozenAt = row.FrozenAt };
    }

    /// <summary>Stores (or replaces) the period's figures as they are now.</summary>
    public Task SaveAsync(MonitorFigures figures, DateTime frozenAt, CancellationToken ct) =>
        database.InTransactionAsync(async (c, t) =>
        {
            var json = JsonSerializer.Serialize(figures with { Source = "live", FrozenAt = null }, JsonOutput.Options);
            await c.ExecuteAsync(new CommandDefinition(Delete, new { figures.Period }, t, cancellationToken: ct));
            await c.ExecuteAsync(new CommandDefinition(Insert, new { figures.Period, Figures = json, FrozenAt = frozenAt }, t, cancellationToken: ct));
        }, ct);

    private sealed class SnapshotRow
    {
        public string Figures { get; init; } = "";
        public DateTime FrozenAt { get; init; }
    }
}
