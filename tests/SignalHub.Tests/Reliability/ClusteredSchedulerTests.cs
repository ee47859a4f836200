using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using SignalHub.Hosting;
using SignalHub.Scheduling;
using SignalHub.Storage;
using SignalHub.Tests.Fixtures;

namespace SignalHub.Tests.Reliability;

/// <summary>
/// Two scheduler processes on one PostgreSQL database form one Quartz cluster. On a busy machine a scheduler can
/// miss its check-in and the other recovers its trigger, so a fire time may run twice; its effect happens once.
/// </summary>
[Category("Reliability")]
// Alone: on a busy machine a scheduler misses its cluster check-in and the other one fires its trigger again.
[NonParallelizable]
public sealed class ClusteredSchedulerTests
{
    private static readonly HostRoles SchedulerOnly = new(Web: false, Worker: false, Scheduler: true);

    [Test]
    public async Task Two_schedulers_run_each_trigger_once_in_effect()
    {
        CountingJob.Executions.Clear();
        await using var first = await SignalHubStack.StartAsync(StackKind.PostgresRabbitMq, configure: AddCountingJob, roles: SchedulerOnly);
        await first.Get<Database>().InTransactionAsync((c, t) => c.ExecuteAsync(CountingJob.CreateTable, transaction: t), CancellationToken.None);
        await using var second = await SignalHubStack.StartAsync(StackKind.PostgresRabbitMq, new Dictionary<string, string?>(first.Settings), AddCountingJob, SchedulerOnly);

        await Task.Delay(TimeSpan.FromSeconds(12));

        var runs = (await first.Get<Database>().ReadAsync(c => c.QueryAsync<(DateTime Scheduled, string Instance)>(
            "SELECT scheduled_for, instance FROM test_job_runs"), CancellationToken.None)).ToList();
        var duplicates = runs.Count - runs.Select(r => r.Scheduled).Distinct().Count();
        var executions = CountingJob.Executions.ToList();
        var doubleFires = executions.Count - executions.Distinct().Count();
        var instances = await first.CountAsync("SELECT COUNT(*) FROM qrtz_scheduler_state");
        TestContext.Out.WriteLine($"executions {executions.Count}, run twice for one fire time: {doubleFires}; effects {runs.Count}, " +
            $"effects twice for one fire time: {duplicates}; scheduler instances {instances}, run by {string.Join(",", runs.Select(r => r.Instance).Distinct())}");
        Assert.Multiple(() =>
        {
            Assert.That(instances, Is.EqualTo(2), "both schedulers joined the cluster");
            Assert.That(runs, Has.Count.GreaterThanOrEqualTo(5), "a 1-second trigger over 12 seconds");
            Assert.That(duplicates, Is.Zero, "an effect twice for one fire time");
        });
    }

    private static void AddCountingJob(Microsoft.Extensions.Hosting.IHostApplicationBuilder builder) =>
        builder.Services.AddSingleton(new AdditionalJobs(quartz =>
        {
            var key = new JobKey("test-counting", "signalhub");
            quartz.AddJob<CountingJob>(job => job.WithIdentity(key).StoreDurably());
            quartz.AddTrigger(trigger => trigger.ForJob(key).WithIdentity("test-counting-trigger", "signalhub")
                .StartAt(DateTimeOffset.UtcNow.AddSeconds(2)).WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(1)).RepeatForever()));
        }));

    /// <summary>
    /// Test-only: counts each execution, and records its effect (a row with the trigger time it was scheduled for)
    /// through <see cref="JobFires"/>, as the product's jobs do. The row alone would be doubled by a second fire.
    /// </summary>
    internal sealed class CountingJob(JobFires fires) : IJob
    {
        public static readonly System.Collections.Concurrent.ConcurrentQueue<DateTime> Executions = new();

        public const string CreateTable = "CREATE TABLE IF NOT EXISTS test_job_runs (scheduled_for timestamptz NOT NULL, instance text NOT NULL)";

        public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
        {
            var fire = JobFire.Of(context);
            Executions.Enqueue(fire.ScheduledFor);
            await fires.OnceAsync(fire, (c, t) => c.ExecuteAsync(
                "INSERT INTO test_job_runs (scheduled_for, instance) VALUES (@At, @Instance)",
                new { At = fire.ScheduledFor, Instance = fire.Instance }, t), cancellationToken);
        }
    }
}
