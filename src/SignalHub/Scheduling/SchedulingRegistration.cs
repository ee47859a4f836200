using Quartz;
using SignalHub.Storage;

namespace SignalHub.Scheduling;

/// <summary>
/// The Quartz scheduler of the <c>scheduler</c> role. Each stage adds its own jobs through
/// <see cref="AddJob{T}"/>; times are Europe/Amsterdam, as the people who read them live there.
/// On PostgreSQL and SQL Server the schedulers of all processes form one cluster over the database
/// (the <c>qrtz_</c> tables of migration 0006), so a trigger fires once however many run; SQLite is one
/// process and keeps Quartz's in-memory store.
/// </summary>
public static class SchedulingRegistration
{
    public static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>The fire records every job writes; jobs also run by hand (CLI, tests) where no scheduler runs.</summary>
    public static IHostApplicationBuilder AddJobFires(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<JobFires>();
        return builder;
    }

    public static IHostApplicationBuilder AddScheduling(this IHostApplicationBuilder builder, Action<IQuartzBuilder> addJobs)
    {
        var storage = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        builder.Services.AddSingleton(JobSchedules.From(builder.Configuration));
        builder.Services.AddQuartz("signalhub", quartz =>
        {
            quartz.AddJobListener<JobRunLog>();
            if (storage.Provider is "postgres" or "sqlserver")
                UseClusteredStore(quartz, storage);
            addJobs(quartz);
            foreach (var additional in builder.Services.Select(d => d.ImplementationInstance).OfType<AdditionalJobs>().ToList())
                additional.Add(quartz);
        });
        // Started once the host has started, so after MigrateOnStart has created the qrtz_ tables.
        builder.Services.AddQuartzHostedService(options =>
        {
            options.WaitForJobsToComplete = true;
            options.AwaitApplicationStarted = true;
        });
        return builder;
    }

    private static void UseClusteredStore(IQuartzBuilder quartz, StorageOptions storage)
    {
        quartz.ConfigureScheduler(scheduler => scheduler.GenerateInstanceId = true);
        quartz.UsePersistentStore(store =>
        {
            store.ConfigureStore(ado => ado.TablePrefix = "qrtz_");
            // PostgreSQL's qrtz_ tables come from migration 0006 (dumped from Quartz 4.7.3 itself); for SQL Server,
            // where no server was at hand to take that dump, Quartz creates its own missing tables.
            if (storage.Provider == "sqlserver")
                store.ProvisionSchema();
            store.UseClustering(cluster =>
            {
                cluster.CheckinInterval = TimeSpan.FromSeconds(5);
                cluster.CheckinMisfireThreshold = TimeSpan.FromSeconds(20);
            });
            store.UseSystemTextJsonSerializer();
            if (storage.Provider == "postgres")
                store.UsePostgres(storage.ConnectionString);
            else
                store.UseSqlServer(storage.ConnectionString);
        });
    }

    /// <summary>
    /// A job on a cron schedule (Quartz syntax, seconds first), never run twice at once; <c>Scheduling:Schedules</c>
    /// may set another schedule for it by name.
    /// </summary>
    public static void AddJob<T>(this IQuartzBuilder quartz, string name, string cron) where T : IJob
    {
        cron = quartz.Services.Select(d => d.ImplementationInstance).OfType<JobSchedules>().LastOrDefault()?.For(name, cron) ?? cron;
        var key = new JobKey(name, "signalhub");
        quartz.AddJob<T>(job => job.WithIdentity(key).StoreDurably().DisallowConcurrentExecution());
        quartz.AddTrigger(trigger => trigger.ForJob(key).WithIdentity(name + "-trigger", "signalhub")
            .WithCronSchedule(cron, schedule => schedule.InTimeZone(Amsterdam)));
    }
}
