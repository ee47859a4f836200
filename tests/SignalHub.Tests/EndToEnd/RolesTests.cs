using SignalHub.Dispatch;
using SignalHub.Hosting;
using SignalHub.Tests.Fixtures;
using static SignalHub.Tests.Fixtures.PartnerFiles;

namespace SignalHub.Tests.EndToEnd;

/// <summary>
/// A deployment splits the roles over processes that share one RabbitMQ and one database: the web process
/// only takes the upload, the worker processes do the rest.
/// </summary>
public sealed class RolesTests
{
    [Test]
    public async Task A_web_process_and_two_worker_processes_share_the_work_without_doubles()
    {
        await using var web = await SignalHubStack.StartAsync(StackKind.PostgresRabbitMq, roles: new HostRoles(Web: true, Worker: false, Scheduler: false));
        await using var worker1 = await web.StartSiblingAsync(HostRoles.Processing);
        await using var worker2 = await web.StartSiblingAsync(HostRoles.Processing);
        var (_, key) = await web.RegisterAsync("Woonstichting Rollen", "housing");
        var rows = Enumerable.Range(1, 40).Select(i => Row($"R-{i}", "huur", "Jansen", (i % 20 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), "2011AB")).ToArray();

        var receipt = await web.UploadAsync(key, "2026-10", Csv(rows));

        var (signals, matches, caseCount) = (await web.CountAsync("SELECT COUNT(*) FROM signals"),
            await web.CountAsync("SELECT COUNT(*) FROM matches"), await web.CountAsync("SELECT COUNT(*) FROM cases"));
        Assert.Multiple(() =>
        {
            Assert.That(receipt.Status, Is.EqualTo("completed"));
            Assert.That(receipt.RowsAccepted, Is.EqualTo(40));
            Assert.That(signals, Is.EqualTo(40));
            Assert.That(matches, Is.EqualTo(20), "two signals per door, twenty doors");
            Assert.That(caseCount, Is.EqualTo(20));
        });
        var cases = await web.Get<CaseQuery>().ListAsync(Scenario.Month("2026-10"), CancellationToken.None);
        Assert.That(cases.Select(k => k.MatchId).Distinct().Count(), Is.EqualTo(cases.Count), "one case per match");
    }
}
