using System.Reflection;
using Quartz;

namespace SignalHub.Tests.Scheduling;

/// <summary>
/// The execution context Quartz hands a job for one fire: the job's key, the time the fire was scheduled for and
/// the scheduler instance. Only what a job reads is answered; anything else fails the test loudly.
/// </summary>
public class FiredContext : DispatchProxy
{
    private readonly Dictionary<string, object?> _answers = [];

    public static IJobExecutionContext For(string job, DateTimeOffset scheduledFor, string instance = "test-scheduler")
    {
        var scheduler = DispatchProxy.Create<IScheduler, FiredContext>();
        ((FiredContext)(object)scheduler)._answers["get_SchedulerInstanceId"] = instance;
        var context = DispatchProxy.Create<IJobExecutionContext, FiredContext>();
        var answers = ((FiredContext)(object)context)._answers;
        answers["get_JobDetail"] = JobBuilder.Create<NoJob>().WithIdentity(job, "signalhub").Build();
        answers["get_ScheduledFireTimeUtc"] = (DateTimeOffset?)scheduledFor;
        answers["get_FireTimeUtc"] = scheduledFor;
        answers["get_Scheduler"] = scheduler;
        return context;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
        targetMethod is not null && _answers.TryGetValue(targetMethod.Name, out var answer)
            ? answer
            : throw new NotSupportedException($"the test context does not answer {targetMethod?.Name}");

    private sealed class NoJob : IJob
    {
        public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}
