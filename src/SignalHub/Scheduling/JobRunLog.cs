using Quartz;

namespace SignalHub.Scheduling;

/// <summary>
/// One log line per job run, with the fire time it was scheduled for and the scheduler instance that ran
/// it: with several scheduler processes, this is how an operator sees that each trigger fired once.
/// </summary>
internal sealed partial class JobRunLog(ILogger<JobRunLog> logger) : IJobListener
{
    public string Name => "signalhub-job-run-log";

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        Ran(logger, context.JobDetail.Key.Name, context.ScheduledFireTimeUtc?.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture) ?? "now",
            context.Scheduler.SchedulerInstanceId, jobException is null ? "ok" : "failed");
        return ValueTask.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Job} ran for {ScheduledFireTime} on {SchedulerInstance}: {Outcome}")]
    private static partial void Ran(ILogger logger, string job, string scheduledFireTime, string schedulerInstance, string outcome);
}
