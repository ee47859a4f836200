using Quartz;
using SignalHub.Storage;

namespace SignalHub.Outreach;

/// <summary>
/// Daily, early in the morning: marks open cases at risk (first attempt late, or the due date within
/// <c>Outreach:AtRiskDays</c>) and overdue (past the due date), so the coordinator starts the day with the list.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class OutreachDeadlineJob(Database database, DeadlineMarking marking, ILogger<OutreachDeadlineJob> logger) : IJob
{
    public const string Name = "outreach-deadlines";
    public const string Schedule = "0 15 6 * * ?";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct) => await RunAsync(ct);

    /// <summary>The job's work, callable without Quartz.</summary>
    public async Task<DeadlineRun> RunAsync(CancellationToken ct)
    {
        var run = await database.InTransactionAsync((c, t) => marking.MarkAsync(c, t, null, ct), ct);
        logger.LogInformation("Deadline marks: {Checked} open cases, {AtRisk} at risk, {Overdue} overdue, {Changed} changed",
            run.Checked, run.AtRisk, run.Overdue, run.Changed);
        return run;
    }
}
