using System.Text.RegularExpressions;
using Dapper;
using SignalHub.Storage;
using SignalHub.Tests.Dispatch;
using SignalHub.Tests.Fixtures;
using SignalHub.Tests.Security;
using static SignalHub.Security.Accounts.PortalRoles;
using static SignalHub.Tests.Fixtures.PartnerFiles;

namespace SignalHub.Tests.Portal;

/// <summary>
/// An overdue case of October and a November case at risk: the coordinator's overview counts the cases needing attention
/// with the one definition "aandacht nodig" of the case list, of every month, so the two pages give the same number; and
/// a budget coach's "mijn zaken" holds the cases routed to the budget coach, not every team's.
/// </summary>
[TestFixture(StackKind.SqliteInMemory)]
[TestFixture(StackKind.PostgresRabbitMq)]
public sealed partial class When_cases_need_attention_in_more_than_one_month(StackKind kind)
{
    private SignalHubStack _stack = null!;
    private Guid _coached;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _stack = await SignalHubStack.StartAsync(kind);
        await _stack.ImportAreasAsync();
        var (_, key) = await _stack.RegisterAsync("Woonstichting Aandacht", "housing");
        await _stack.UploadAsync(key, "2026-10", Csv(Row("A-1", "huur", "Jansen", "1", "2011AB")));
        await _stack.UploadAsync(key, "2026-11", Csv(Row("A-2", "huur", "Bakker", "3", "2011AB"), Row("A-3", "huur", "Smit", "5", "2011AB"),
            Row("A-4", "huur", "Visser", "7", "2011AB")));
        var overdue = (await _stack.RequireCaseAtAsync("2026-10", "2011AB", 1)).Id;
        var atRisk = (await _stack.RequireCaseAtAsync("2026-11", "2011AB", 3)).Id;
        _coached = (await _stack.RequireCaseAtAsync("2026-11", "2011AB", 5)).Id;
        await _stack.Get<Database>().InTransactionAsync(async (c, t) =>
        {
            await c.ExecuteAsync("UPDATE cases SET overdue = @Yes WHERE id = @Id", new { Yes = true, Id = overdue }, t);
            await c.ExecuteAsync("UPDATE cases SET at_risk = @Yes WHERE id = @Id", new { Yes = true, Id = atRisk }, t);
            await c.ExecuteAsync("UPDATE cases SET route = @Route, team = NULL WHERE id = @Id", new { Route = "budgetcoach", Id = _coached }, t);
        }, CancellationToken.None);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _stack.DisposeAsync();

    [Test]
    public async Task The_overview_should_count_what_the_case_list_shows_under_aandacht_nodig()
    {
        using var coordinator = (await _stack.SignInAsync(Coordinator)).Session;
        var overview = await coordinator.GetPageAsync("/?periode=2026-11");
        var list = await coordinator.GetPageAsync("/zaken?aandacht=true");

        Assert.Multiple(() =>
        {
            Assert.That(overview, Does.Contain("<strong data-attention>2</strong>"));
            Assert.That(overview, Does.Contain("<strong data-overdue>1</strong>").And.Contain("<strong data-at-risk>1</strong>"));
            Assert.That(CaseRow().Matches(list), Has.Count.EqualTo(2), "the list the count links to");
        });
    }

    [Test]
    public async Task A_budget_coachs_own_cases_should_be_those_routed_to_the_budget_coach()
    {
        using var coach = (await _stack.SignInAsync(BudgetCoach)).Session;
        var list = await coach.GetPageAsync("/zaken");

        Assert.That(CaseRow().Matches(list).Select(m => m.Groups[1].Value), Is.EqualTo(new[] { _coached.ToString() }));
    }

    [GeneratedRegex("<tr class=\"utrecht-table__row [^\"]*\" data-case=\"([0-9a-f-]{36})\"")]
    private static partial Regex CaseRow();
}
