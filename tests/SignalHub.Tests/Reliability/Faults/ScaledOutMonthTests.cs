using System.Text.RegularExpressions;

namespace SignalHub.Tests.Reliability.Faults;

/// <summary>
/// Two worker processes and two scheduler processes over one month: competing consumers double nothing, and
/// each job's effect happens once per fire time. On a busy machine a clustered scheduler may miss its check-in
/// and the other recover its trigger, so Quartz may run a fire time twice: that count is printed, not asserted;
/// the second run must find the fire recorded and change nothing.
/// </summary>
[Category("Reliability")]
[NonParallelizable]
public sealed partial class ScaledOutMonthTests
{
    private static readonly string[] Jobs = ["dispatch-ready", "delivery-reminders", "late-deliveries", "outreach-deadlines"];

    [Test]
    public async Task Two_workers_and_two_schedulers_double_nothing_and_do_each_job_once_per_fire_time()
    {
        var services = FaultServices.Current;
        await using var month = await FaultMonth.PrepareAsync(services, signals: 5_000);
        foreach (var job in Jobs)
            month.Settings[$"Scheduling:Schedules:{job}"] = "0/5 * * * * ?";
        await using var worker1 = month.Worker("worker-1");
        await using var worker2 = month.Worker("worker-2");
        await using var scheduler1 = month.Worker("scheduler-1", "scheduler");
        await using var scheduler2 = month.Worker("scheduler-2", "scheduler");
        await Task.WhenAll(worker1.StartAsync(), worker2.StartAsync(), scheduler1.StartAsync(), scheduler2.StartAsync());

        await month.ImportAllAsync();
        await Task.Delay(TimeSpan.FromSeconds(11)); // a few more fires after a short month
        var instances = await month.CountAsync("SELECT COUNT(*) FROM qrtz_scheduler_state");
        await Task.WhenAll(scheduler1.StopAsync(), scheduler2.StopAsync());

        (await MonthTally.CountAsync(month)).PrintAndAssert("two workers, two schedulers");
        var logs = scheduler1.Log + scheduler2.Log;
        var runs = RunLine().Matches(logs).Select(m => (Job: m.Groups["job"].Value, FireTime: m.Groups["at"].Value, Instance: m.Groups["instance"].Value)).ToList();
        var skipped = SkipLine().Matches(logs).Select(m => m.Groups["job"].Value).ToList();
        var duplicateRuns = runs.Count - runs.Select(r => (r.Job, r.FireTime)).Distinct().Count();
        var recorded = new Dictionary<string, long>();
        foreach (var job in Jobs)
            recorded[job] = await month.CountAsync("SELECT COUNT(*) FROM job_fires WHERE job_name = @Job", new { Job = job });
        var duplicateMarks = await month.CountAsync("SELECT COUNT(*) - COUNT(DISTINCT (case_id, event)) FROM case_events WHERE actor = 'signalhub:deadlines'");
        var duplicateReminders = await month.CountAsync("SELECT COUNT(*) - COUNT(DISTINCT (partner_id, period, kind)) FROM partner_reminders");
        TestContext.Out.WriteLine($"job runs {runs.Count}, run twice for one fire time: {duplicateRuns}, second runs that changed nothing: {skipped.Count}");
        Assert.Multiple(() =>
        {
            foreach (var job in Jobs)
            {
                var fires = runs.Where(r => r.Job == job).ToList();
                var distinct = fires.Select(r => r.FireTime).Distinct().Count();
                TestContext.Out.WriteLine($"{job}: runs {fires.Count}, distinct fire times {distinct}, recorded fires {recorded[job]}, " +
                    $"second runs that changed nothing {skipped.Count(s => s == job)}, run by {string.Join(" and ", fires.Select(r => r.Instance).Distinct())}");
                Assert.That(fires, Has.Count.GreaterThanOrEqualTo(3), $"{job} fires every 5 seconds");
                Assert.That(recorded[job], Is.EqualTo(distinct), $"{job}: each fire time recorded once");
                Assert.That(skipped.Count(s => s == job), Is.EqualTo(fires.Count - distinct), $"{job}: every second run of a fire time changed nothing");
            }
            TestContext.Out.WriteLine($"cases marked twice {duplicateMarks}, reminders twice {duplicateReminders}; scheduler instances in the cluster: {instances}");
            Assert.That((duplicateMarks, duplicateReminders), Is.EqualTo((0L, 0L)), "no case marked twice, no partner reminded twice");
            Assert.That(instances, Is.EqualTo(2), "both schedulers joined the cluster");
        });
    }

    [GeneratedRegex(@"Job (?<job>\S+) ran for (?<at>\S+) on (?<instance>\S+):")]
    private static partial Regex RunLine();

    [GeneratedRegex(@"Job (?<job>\S+) already ran for (?<at>\S+); this fire")]
    private static partial Regex SkipLine();
}
