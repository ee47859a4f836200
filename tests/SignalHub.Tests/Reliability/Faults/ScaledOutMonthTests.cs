using System.Text.RegularExpressions;

namespace SignalHub.Tests.Reliability.Faults;

/// <summary>
/// Two worker processes and two scheduler processes over one month: competing consumers double nothing,
/// and the clustered Quartz schedulers run each trigger of each job once between them.
/// </summary>
[Category("Reliability")]
[NonParallelizable]
public sealed partial class ScaledOutMonthTests
{
    private static readonly string[] Jobs = ["dispatch-ready", "delivery-reminders", "late-deliveries", "outreach-deadlines"];

    [Test]
    public async Task Two_workers_and_two_schedulers_double_nothing_and_run_each_job_once()
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
        var runs = JobRuns(scheduler1.Log).Concat(JobRuns(scheduler2.Log)).ToList();
        Assert.Multiple(() =>
        {
            foreach (var job in Jobs)
            {
                var fires = runs.Where(r => r.Job == job).ToList();
                var duplicates = fires.Count - fires.Select(r => r.FireTime).Distinct().Count();
                TestContext.Out.WriteLine($"{job}: fires {fires.Count}, distinct fire times {fires.Count - duplicates}, duplicates {duplicates}, " +
                    $"run by {string.Join(" and ", fires.Select(r => r.Instance).Distinct())}");
                Assert.That(fires, Has.Count.GreaterThanOrEqualTo(3), $"{job} fires every 5 seconds");
                Assert.That(duplicates, Is.Zero, $"{job} ran a trigger twice");
            }
            TestContext.Out.WriteLine($"scheduler instances in the cluster: {instances}");
            Assert.That(instances, Is.EqualTo(2), "both schedulers joined the cluster");
        });
    }

    private static IEnumerable<(string Job, string FireTime, string Instance)> JobRuns(string log) =>
        RunLine().Matches(log).Select(m => (m.Groups["job"].Value, m.Groups["at"].Value, m.Groups["instance"].Value));

    [GeneratedRegex(@"Job (?<job>\S+) ran for (?<at>\S+) on (?<instance>\S+):")]
    private static partial Regex RunLine();
}
