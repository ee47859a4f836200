using Dapper;
using Microsoft.Extensions.Options;
using SignalHub.Domain.Outreach;
using SignalHub.Domain.Values;
using SignalHub.Domain.Vocabulary;
using SignalHub.Reporting;
using SignalHub.Scheduling;
using SignalHub.Security.Audit;
using SignalHub.Storage;

namespace SignalHub.Security.Retention;

/// <summary>What one purge did: the report periods it froze and how many records of each kind it removed.</summary>
public sealed record RetentionRun(IReadOnlyList<string> FrozenPeriods, int Cases, int Matches, int FileParts, int RejectedRows, long AuditEntries);

/// <summary>
/// Removes personal data past its term (<see cref="RetentionOptions"/>). First it freezes the monitor of every month
/// and quarter it is about to touch, so reports read the same afterwards. Audit entries go as a prefix of the chain,
/// after a checkpoint entry that names the last removed hash: the chain then verifies from its oldest remaining entry.
/// </summary>
public sealed class RetentionPurge(Database database, MonitorReport reports, AuditLog audit, IOptions<RetentionOptions> options,
    JobFires fires, TimeProvider clock, ILogger<RetentionPurge> logger)
{
    public const string Actor = "signalhub:retention";

    public Task<RetentionRun> RunAsync(CancellationToken ct) => RunAsync(null, ct);

    /// <summary>
    /// The nightly job's run: what is doomed is read in the transaction that records the fire, so a second fire of the
    /// same time removes nothing; each removal after it is idempotent on its own (what is gone is not found again).
    /// </summary>
    public async Task<RetentionRun> RunAsync(JobFire? fire, CancellationToken ct)
    {
        var o = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var args = new
        {
            CaseCutoff = now.AddMonths(-o.ClosedCaseMonths), SignalCutoff = Period.Of(today.AddMonths(-o.SignalsNotActedOnMonths)).Previous().ToString(),
            RejectedCutoff = now.AddMonths(-o.RejectedRowMonths), FileCutoff = now.AddDays(-o.UploadedFileDays), AuditCutoff = now.AddMonths(-o.AuditMonths),
            Closed = CaseStage.Closed.ToCode(), Dispatched = MatchStatus.Dispatched.ToCode(), Completed = DeliveryStatus.Completed.ToCode(), Rejected = DeliveryStatus.Rejected.ToCode(),
        };
        var (ran, doomed) = await fires.OnceAsync(fire, async (c, t) => (
            (await c.QueryAsync<Doomed>(new CommandDefinition(RetentionSql.ClosedCases, args, t, cancellationToken: ct))).ToList(),
            (await c.QueryAsync<Doomed>(new CommandDefinition(RetentionSql.MatchesNotActedOn, args, t, cancellationToken: ct))).ToList(),
            (await c.QueryAsync<string>(new CommandDefinition(RetentionSql.PeriodsWithRejectedRows, args, t, cancellationToken: ct))).ToList()), ct);
        if (!ran)
            return new RetentionRun([], 0, 0, 0, 0, 0);
        var (cases, matches, rejectedPeriods) = doomed;

        var frozen = await FreezeAsync(cases.Concat(matches).Select(d => d.Period).Concat(rejectedPeriods), ct);
        var (fileParts, rejected) = await database.InTransactionAsync(async (c, t) =>
        {
            foreach (var k in cases)
            {
                foreach (var sql in RetentionSql.DeleteCase)
                    await c.ExecuteAsync(new CommandDefinition(sql, new { k.Id }, t, cancellationToken: ct));
                foreach (var sql in RetentionSql.DeleteMatch)
                    await c.ExecuteAsync(new CommandDefinition(sql, new { k.MatchId }, t, cancellationToken: ct));
            }
            foreach (var m in matches)
                foreach (var sql in RetentionSql.DeleteMatch)
                    await c.ExecuteAsync(new CommandDefinition(sql, new { m.MatchId }, t, cancellationToken: ct));
            await c.ExecuteAsync(new CommandDefinition(RetentionSql.DeleteUnmatchedSignals, args, t, cancellationToken: ct));
            var parts = await c.ExecuteAsync(new CommandDefinition(RetentionSql.DeleteFiles, args, t, cancellationToken: ct))
                + await c.ExecuteAsync(new CommandDefinition(RetentionSql.DeleteChunks, args, t, cancellationToken: ct));
            return (parts, await c.ExecuteAsync(new CommandDefinition(RetentionSql.DeleteRejectedRows, args, t, cancellationToken: ct)));
        }, ct);
        var auditEntries = await PurgeAuditAsync(args.AuditCutoff, ct);
        DeleteStaleSpoolFiles(now.AddDays(-Math.Max(1, o.UploadedFileDays)));
        var run = new RetentionRun(frozen, cases.Count, matches.Count, fileParts, rejected, auditEntries);
        logger.LogInformation("Retention purge: froze {Periods} report periods; removed {Cases} closed cases, {Matches} matches not acted on, "
            + "{FileParts} file parts, {RejectedRows} rejected rows, {AuditEntries} audit entries",
            frozen.Count, run.Cases, run.Matches, run.FileParts, run.RejectedRows, run.AuditEntries);
        return run;
    }

    private async Task<IReadOnlyList<string>> FreezeAsync(IEnumerable<string> periods, CancellationToken ct)
    {
        var months = periods.Distinct().Select(p => Period.TryParse(p, out var month, out _) ? month : (Period?)null).OfType<Period>().ToList();
        var frozen = new List<string>();
        foreach (var period in months.Select(ReportPeriod.Month).Concat(months.Select(ReportPeriod.QuarterOf)).DistinctBy(p => p.Key))
        {
            await reports.FreezeAsync(period, ct);
            frozen.Add(period.Key);
        }
        return frozen;
    }

    /// <summary>Records the checkpoint first, so the chain's newest entry says what was removed and which hash it ended with.</summary>
    private async Task<long> PurgeAuditAsync(DateTime cutoff, CancellationToken ct)
    {
        var last = await database.ReadAsync(c => c.QuerySingleOrDefaultAsync<AuditTail>(
            new CommandDefinition(RetentionSql.LastAuditBefore, new { AuditCutoff = cutoff }, cancellationToken: ct)), ct);
        if (last is null)
            return 0;
        await audit.RecordAsync(Actor, "retention purge", "audit_log", null,
            $"removed entries up to seq {last.Seq}; last removed hash {last.Hash}", null, ct);
        return await database.InTransactionAsync((c, t) => c.ExecuteAsync(
            new CommandDefinition(RetentionSql.DeleteAudit, new { last.Seq }, t, cancellationToken: ct)), ct);
    }

    /// <summary>Upload spool files a crashed process left in the temp folder.</summary>
    private static void DeleteStaleSpoolFiles(DateTime before)
    {
        foreach (var file in Directory.EnumerateFiles(Path.GetTempPath(), "signalhub-upload-*")
            .Concat(Directory.EnumerateFiles(Path.GetTempPath(), "signalhub-split-*")))
        {
            try
            {
                if (File.GetLastWriteTimeUtc(file) < before)
                    File.Delete(file);
            }
            catch (IOException)
            {
                // In use by a running upload: the next night takes it.
            }
        }
    }

    private sealed class Doomed
    {
        public Guid Id { get; init; }
        public Guid MatchId { get; init; }
        public string Period { get; init; } = "";
    }

    private sealed class AuditTail
    {
        public long Seq { get; init; }
        public string Hash { get; init; } = "";
    }
}
