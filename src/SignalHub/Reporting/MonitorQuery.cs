using System.Data.Common;
using Dapper;
using SignalHub.Domain.Outreach;
using SignalHub.Domain.Vocabulary;
using SignalHub.Feedback;
using SignalHub.Storage;

namespace SignalHub.Reporting;

/// <summary>Counts the monitor from the live records. The definitions are on <see cref="MonitorFigures"/>.</summary>
public sealed class MonitorQuery(Database database, DataQualityQuery dataQuality)
{
    private const string SignalsByCostType = """
        SELECT s.cost_type AS Code, COUNT(*) AS Count FROM signals s
        WHERE s.period >= @From AND s.period <= @To AND s.status <> @Replaced
        GROUP BY s.cost_type
        """;

    private const string SignalsByPartner = """
        SELECT p.name AS Code, COUNT(*) AS Count FROM signals s JOIN partners p ON p.id = s.partner_id
        WHERE s.period >= @From AND s.period <= @To AND s.status <> @Replaced
        GROUP BY p.name
        """;

    private const string WithdrawnByPartner = """
        SELECT p.name AS Code, COUNT(*) AS Count FROM signals s JOIN partners p ON p.id = s.partner_id
        WHERE s.period >= @From AND s.period <= @To AND s.status = @Withdrawn
        GROUP BY p.name
        """;

    private const string UniqueAddresses = """
        SELECT COUNT(DISTINCT s.address_key) FROM signals s
        WHERE s.period >= @From AND s.period <= @To AND s.status <> @Replaced
        """;

    private const string Households = """
        SELECT COUNT(*) AS Households,
               COALESCE(SUM(CASE WHEN m.multiple_arrears = @Yes THEN 1 ELSE 0 END), 0) AS MultipleArrears,
               COALESCE(SUM(CASE WHEN m.recidivist_of IS NOT NULL THEN 1 ELSE 0 END), 0) AS Recidivists
        FROM matches m
        WHERE m.period >= @From AND m.period <= @To
        """;

    private const string NotPickedUp = """
        SELECT m.not_picked_up AS Code, COUNT(*) AS Count FROM matches m
        WHERE m.period >= @From AND m.period <= @To AND m.status = @NotPickedUpStatus AND m.not_picked_up IS NOT NULL
        GROUP BY m.not_picked_up
        """;

    private const string Cases = """
        SELECT k.id AS Id, k.route AS Route, k.status AS Status, k.result AS Result, k.schemes AS Schemes,
               k.help_kinds AS HelpKinds, k.created_at AS CreatedAt, k.closed_at AS ClosedAt,
               (SELECT COUNT(*) FROM case_events e WHERE e.case_id = k.id AND e.to_status = @HelpAccepted) AS HelpEvents
        FROM cases k
        WHERE k.period >= @From AND k.period <= @To
        """;

    private const string Attempts = """
        SELECT a.case_id AS CaseId, a.at AS At, a.reached AS Reached
        FROM case_attempts a JOIN cases k ON k.id = a.case_id
        WHERE k.period >= @From AND k.period <= @To
        """;

    private const string AnyRecords = """
        SELECT COUNT(*) FROM deliveries d WHERE d.period >= @From AND d.period <= @To
        """;

    /// <summary>Whether any delivery of the period is still on record (the purge has not removed them all).</summary>
    public Task<bool> HasRecordsAsync(ReportPeriod period, CancellationToken ct) =>
        database.ReadAsync(async c => await c.ExecuteScalarAsync<long>(new CommandDefinition(AnyRecords, Args(period), cancellationToken: ct)) > 0, ct);

    public async Task<MonitorFigures> CountAsync(ReportPeriod period, CancellationToken ct)
    {
        var partners = await PartnersAsync(period, ct);
        return await database.ReadAsync(async c =>
        {
            var args = Args(period);
            var byCost = await CodeCountsAsync(c, SignalsByCostType, args, ct);
            var byPartner = await CodeCountsAsync(c, SignalsByPartner, args, ct);
            var addresses = await c.ExecuteScalarAsync<long>(new CommandDefinition(UniqueAddresses, args, cancellationToken: ct));
            var households = await c.QuerySingleAsync<HouseholdRow>(new CommandDefinition(Households, args, cancellationToken: ct));
            var cases = (await c.QueryAsync<MonitorCase>(new CommandDefinition(Cases, args, cancellationToken: ct))).ToList();
            var attempts = (await c.QueryAsync<MonitorAttempt>(new CommandDefinition(Attempts, args, cancellationToken: ct))).ToList();
            var counts = CaseCounts.From(cases, attempts);
            var notPickedUp = await CodeCountsAsync(c, NotPickedUp, args, ct);
            var outcomes = counts.Outcomes.ToDictionary(o => o.Key, o => o.Value + notPickedUp.GetValueOrDefault(o.Key));
            var rejected = partners.SelectMany(p => p.RejectedByReason).GroupBy(r => r.Key)
                .OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(r => r.Value));
            return new MonitorFigures(period.Key, byCost.Values.Sum(),
                CostTypes.All.ToDictionary(t => t.ToCode(), t => byCost.GetValueOrDefault(t.ToCode())),
                byPartner, (int)addresses, (int)households.Households, (int)households.MultipleArrears,
                Percentage(households.MultipleArrears, households.Households), counts.Cases, counts.Routed, counts.ContactMade,
                counts.HelpAccepted, outcomes, counts.Schemes, counts.MedianDaysToFirstAttempt, counts.MedianDaysToFirstContact,
                counts.WithinNorm, Percentage(counts.WithinNorm, counts.Cases), (int)households.Recidivists, partners,
                partners.Sum(p => p.RejectedRows), rejected, partners.Sum(p => p.AddressesNotFound), partners.Sum(p => p.Withdrawn));
        }, ct);
    }

    /// <summary>Per partner, the months of the period added up; timeliness from the delivery calendar.</summary>
    private async Task<IReadOnlyList<PartnerFigures>> PartnersAsync(ReportPeriod period, CancellationToken ct)
    {
        var summaries = new List<DataQualitySummary>();
        foreach (var month in period.Months())
            summaries.AddRange(await dataQuality.ForPeriodAsync(month, null, ct));
        var (signals, withdrawn) = await database.ReadAsync(async c =>
            (await CodeCountsAsync(c, SignalsByPartner, Args(period), ct), await CodeCountsAsync(c, WithdrawnByPartner, Args(period), ct)), ct);
        return [.. summaries.GroupBy(s => s.Partner).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new PartnerFigures(g.Key,
            signals.GetValueOrDefault(g.Key), g.Count(s => s.Timeliness == "on_time"), g.Count(s => s.Timeliness is "late" or "missing"),
            g.Sum(s => s.RowsRejected),
            g.SelectMany(s => s.RejectedByCode).GroupBy(r => r.Code).OrderBy(r => r.Key, StringComparer.Ordinal).ToDictionary(r => r.Key, r => r.Sum(x => x.Count)),
            g.Sum(s => s.AddressesNotFound), withdrawn.GetValueOrDefault(g.Key)))];
    }

    private static object Args(ReportPeriod period) => new
    {
        From = period.First.ToString(), To = period.Last.ToString(), Replaced = SignalStanding.Replaced.ToCode(), Withdrawn = SignalStanding.Withdrawn.ToCode(), Yes = true,
        HelpAccepted = CaseStage.HelpAccepted.ToCode(), NotPickedUpStatus = MatchStatus.NotPickedUp.ToCode(),
    };

    private static async Task<Dictionary<string, int>> CodeCountsAsync(DbConnection c, string sql, object args, CancellationToken ct) =>
        (await c.QueryAsync<CodeRow>(new CommandDefinition(sql, args, cancellationToken: ct)))
            .OrderBy(r => r.Code, StringComparer.Ordinal).ToDictionary(r => r.Code, r => (int)r.Count);

    internal static decimal Percentage(long part, long whole) =>
        whole == 0 ? 0m : Math.Round(100m * part / whole, 1, MidpointRounding.AwayFromZero);

    private sealed class CodeRow
    {
        public string Code { get; init; } = "";
        public long Count { get; init; }
    }

    private sealed class HouseholdRow
    {
        public long Households { get; init; }
        public long MultipleArrears { get; init; }
        public long Recidivists { get; init; }
    }
}
