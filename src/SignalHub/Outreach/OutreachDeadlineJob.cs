using Quartz;
using SignalHub.Scheduling;
using SignalHub.Storage;

namespace SignalHub.Outreach;

/// <summary>
/// Daily, early in the morning: marks open cases at risk (first attempt late, or the due date within
/// <c>Outreach:AtRiskDays</c>) and overdue (past the due date), so the coordinator starts the day with the list.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class OutreachDeadlineJob(Database database, DeadlineMarking marking, JobFires fires, ILogger<OutreachDeadlineJob> logger) : IJob
{
    public const string Name = "outreach-deadlines";
    public const string Schedule = "0 15 6 * * ?";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct) => await RunAsync(JobFire.Of(context), ct);

    /// <summary>The job's work, callable without Quartz.</summary>
    public Task<DeadlineRun> RunAsync(CancellationToken ct) => RunAsync(null, ct);

    /// <summary>
    /// Marks in one transaction with the fire's record, under a lock: a second fire of the same time does nothing,
    /// and a run for another fire time that overlaps it waits and then sees its marks (no event written twice).
    /// </summary>
    public async Task<DeadlineRun> RunAsync(JobFire? fire, CancellationToken ct)
    {
        var (ran, run) = await fires.OnceAsync(fire, async (c, t) =>
        {
            await database.Dialect.LockAsync(c, t, Name, ct);
            return await marking.MarkAsync(c, t, null, ct);
        }, ct);
        if (ran)
            logger.LogInformation("Deadline marks: {Checked} open cases, {AtRisk} at risk, {Overdue} overdue, {Changed} changed",
                run.Checked, run.AtRisk, run.Overdue, run.Changed);
        return run ?? new DeadlineRun(0, 0, 0, 0);
    }
}
