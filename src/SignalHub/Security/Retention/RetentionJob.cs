using Quartz;
using SignalHub.Scheduling;

namespace SignalHub.Security.Retention;

/// <summary>Nightly at 02:30 (Amsterdam): freezes the reports of the periods it touches, then removes what is past its term.</summary>
[DisallowConcurrentExecution]
internal sealed class RetentionJob(RetentionPurge purge) : IJob
{
    public const string Name = "retention-purge";
    public const string Schedule = "0 30 2 * * ?";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct) => await purge.RunAsync(JobFire.Of(context), ct);
}
