using System.Data.Common;
using Dapper;
using Quartz;
using SignalHub.Storage;

namespace SignalHub.Scheduling;

/// <summary>One scheduled fire of a job: the job, the time Quartz scheduled it for, and the scheduler instance running it.</summary>
public sealed record JobFire(string Job, DateTime ScheduledFor, string Instance)
{
    public static JobFire Of(IJobExecutionContext context) =>
        new(context.JobDetail.Key.Name, (context.ScheduledFireTimeUtc ?? context.FireTimeUtc).UtcDateTime, context.Scheduler.SchedulerInstanceId);
}

/// <summary>
/// Makes a job's effect happen once per scheduled fire time. A scheduler that misses its cluster check-in (a busy
/// machine) has its trigger recovered by another, and the same fire time runs twice. Each job records its fire in
/// <c>job_fires</c> in the transaction that decides its work; a second fire finds the record, or loses the race on
/// its key, and changes nothing.
/// </summary>
public sealed partial class JobFires(Database database, TimeProvider clock, ILogger<JobFires> logger)
{
    /// <summary>Fire records older than this are removed when the job fires again: no fire comes that late.</summary>
    public static readonly TimeSpan Kept = TimeSpan.FromDays(30);

    private const string Exists = "SELECT COUNT(*) FROM job_fires WHERE job_name = @Job AND scheduled_for = @ScheduledFor";

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction with the fire's record. <c>Ran</c> is false when this job already
    /// ran for this fire time; then nothing was done. Without a fire (a manual run) the work simply runs.
    /// </summary>
    public async Task<(bool Ran, T Result)> OnceAsync<T>(JobFire? fire, Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken ct)
    {
        if (fire is null)
            return (true, await database.InTransactionAsync(work, ct));
        try
        {
            return await database.InTransactionAsync<(bool, T)>(async (c, t) =>
                await TryRecordAsync(c, t, fire, ct) ? (true, await work(c, t)) : (false, default!), ct);
        }
        catch (Exception e) when (database.Dialect.IsUniqueViolation(e))
        {
            // The other fire committed its record while this one waited on the key; unless that is not what happened.
            if (await database.ReadAsync(c => c.ExecuteScalarAsync<int>(new CommandDefinition(Exists, Args(fire), cancellationToken: ct)), ct) == 0)
                throw;
            Skipped(logger, fire.Job, Format(fire.ScheduledFor), fire.Instance);
            return (false, default!);
        }
    }

    private async Task<bool> TryRecordAsync(DbConnection c, DbTransaction t, JobFire fire, CancellationToken ct)
    {
        if (await c.ExecuteScalarAsync<int>(new CommandDefinition(Exists, Args(fire), t, cancellationToken: ct)) > 0)
        {
            Skipped(logger, fire.Job, Format(fire.ScheduledFor), fire.Instance);
            return false;
        }
        await c.ExecuteAsync(new CommandDefinition(
            "INSERT INTO job_fires (job_name, scheduled_for, instance, fired_at) VALUES (@Job, @ScheduledFor, @Instance, @Now)",
            new { fire.Job, fire.ScheduledFor, Instance = fire.Instance[..Math.Min(fire.Instance.Length, 200)], Now = clock.GetUtcNow().UtcDateTime },
            t, cancellationToken: ct));
        await c.ExecuteAsync(new CommandDefinition("DELETE FROM job_fires WHERE job_name = @Job AND scheduled_for < @Cutoff",
            new { fire.Job, Cutoff = fire.ScheduledFor - Kept }, t, cancellationToken: ct));
        return true;
    }

    private static object Args(JobFire fire) => new { fire.Job, fire.ScheduledFor };

    private static string Format(DateTime at) => at.ToString("O", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Counted by the scale-out checks: a second fire of one fire time that did nothing.</summary>
    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Job} already ran for {ScheduledFireTime}; this fire on {SchedulerInstance} changes nothing")]
    private static partial void Skipped(ILogger logger, string job, string scheduledFireTime, string schedulerInstance);
}
