using Dapper;
using SignalHub.Ingestion.Calendar;
using SignalHub.Storage;
using SignalHub.Tests.Dispatch;
using SignalHub.Tests.Fixtures;
using SignalHub.Tests.Security;
using static SignalHub.Security.Accounts.PortalRoles;
using static SignalHub.Tests.Fixtures.PartnerFiles;

namespace SignalHub.Tests.Portal;

/// <summary>
/// The overview of a month for the coordinator: each partner's delivery against the deadline, matches per priority,
/// cases per state, the overdue ones linked, and the coordinator's queue; the other roles keep the simpler overview.
/// </summary>
public sealed class When_the_coordinator_opens_the_overview
{
    private const string October = "2026-10";
    private SignalHubStack _stack = null!;
    private SignedInUser _coordinator = null!;
    private SignedInUser _sdv = null!;
    private Guid _overdue;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _stack = await SignalHubStack.StartAsync(StackKind.SqliteInMemory);
        await _stack.ImportAreasAsync();
        var (_, key) = await _stack.RegisterAsync("Woonstichting Overzicht", "housing");
        // 2011AB is Wijkteam Noord's; 9999ZZ is nobody's, so its case waits for the coordinator.
        await _stack.UploadAsync(key, October, Csv(Row("O-1", "huur", "Jansen", "1", "2011AB"), Row("O-2", "huur", "Bakker", "2", "9999ZZ")));
        _overdue = (await _stack.RequireCaseAtAsync(October, "2011AB", 1)).Id;
        await _stack.Get<Database>().InTransactionAsync((c, t) => c.ExecuteAsync(
            "UPDATE cases SET overdue = @Yes WHERE id = @Id", new { Yes = true, Id = _overdue }, t), CancellationToken.None);
        _coordinator = await _stack.SignInAsync(Coordinator);
        _sdv = await _stack.SignInAsync(Sdv);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _coordinator.Session.Dispose();
        _sdv.Session.Dispose();
        await _stack.DisposeAsync();
    }

    [Test]
    public async Task Should_show_timeliness_priorities_states_the_overdue_case_and_the_queue()
    {
        var page = await _coordinator.Session.GetPageAsync($"/?periode={October}");
        var calendar = (await _stack.Get<DeliveryCalendar>().ForPeriodAsync(Scenario.Month(October), null, CancellationToken.None)).Single();
        var priorities = await _stack.Get<Database>().ReadAsync(c => c.QueryAsync<(string, long)>(
            "SELECT priority_class, COUNT(*) FROM matches WHERE period = @P GROUP BY priority_class", new { P = October }), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(page, Does.Match($"<td>Woonstichting Overzicht</td>(<td>[^<]*</td>){{5}}<td>{SignalHub.Portal.Labels.Timeliness(calendar.Timeliness)}</td>"));
            Assert.That(priorities, Is.Not.Empty);
            foreach (var (cls, count) in priorities)
                Assert.That(page, Does.Contain($"<tr><td>{SignalHub.Portal.Labels.PriorityClass(cls)}</td><td>{count}</td></tr>"));
            Assert.That(page, Does.Contain($"href=\"/zaken/{_overdue}\""), "the overdue case, linked");
            Assert.That(page, Does.Contain("<strong data-overdue>1</strong>"));
            Assert.That(page, Does.Contain("<strong data-queue>1</strong>"), "the case nobody's area covers");
        });
    }

    [Test]
    public async Task Another_role_should_keep_the_simpler_overview()
    {
        var page = await _sdv.Session.GetPageAsync($"/?periode={October}");
        Assert.Multiple(() =>
        {
            Assert.That(page, Does.Contain("Kerncijfers"));
            Assert.That(page, Does.Not.Contain("data-queue").And.Not.Contain("Tijdigheid"));
        });
    }
}
