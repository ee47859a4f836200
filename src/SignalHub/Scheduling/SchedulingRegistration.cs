using Quartz;

namespace SignalHub.Scheduling;

/// <summary>
/// The Quartz scheduler of the <c>scheduler</c> role. Each stage adds its own jobs through
/// <see cref="AddJob{T}"/>; times are Europe/Amsterdam, as the people who read them live there.
/// </summary>
public static class SchedulingRegistration
{
    public static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static IHostApplicationBuilder AddScheduling(this IHostApplicationBuilder builder, Action<IQuartzBuilder> addJobs)
    {
        builder.Services.AddQuartz("signalhub", addJobs);
        builder.Services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return builder;
    }

    /// <summary>A job on a cron schedule (Quartz syntax, seconds first), never run twice at once.</summary>
    public static void AddJob<T>(this IQuartzBuilder quartz, string name, string cron) where T : IJob
    {
        var key = new JobKey(name, "signalhub");
        quartz.AddJob<T>(job => job.WithIdentity(key).StoreDurably().DisallowConcurrentExecution());
        quartz.AddTrigger(trigger => trigger.ForJob(key).WithIdentity(name + "-trigger", "signalhub")
            .WithCronSchedule(cron, schedule => schedule.InTimeZone(Amsterdam)));
    }
}
