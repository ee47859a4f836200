using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SignalHub.Domain.Vocabulary;
using SignalHub.Outreach;
using SignalHub.Tests.Fixtures;
using SignalHub.Tests.Security;
using static SignalHub.Security.Accounts.PortalRoles;
using static SignalHub.Tests.Fixtures.PartnerFiles;
using static SignalHub.Tests.Outreach.OutreachStack;

namespace SignalHub.Tests.Outreach.Portal;

/// <summary>
/// Four doors of Wijkteam Zuid reported on Monday 2 November 2026, one of Noord. By Friday the 13th Zuid has closed door 1,
/// went twice to door 2 (morning, evening) without answer, reached door 3 and not been to door 4 yet; the daily
/// deadline job has run. "Mijn zaken" and the visit list show each team what is left.
/// </summary>
[TestFixture(StackKind.SqliteInMemory)]
[TestFixture(StackKind.PostgresRabbitMq)]
public sealed partial class When_a_team_reads_its_work_lists(StackKind kind)
{
    private FakeTimeProvider _clock = null!;
    private SignalHubStack _stack = null!;
    private SignedInUser _south = null!;
    private SignedInUser _coordinator = null!;
    private readonly Dictionary<int, Guid> _doors = [];
    private Guid _north;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _clock = new FakeTimeProvider(Amsterdam("2026-11-02 09:00"));
        _stack = await OutreachStack.StartAsync(kind, _clock);
        await _stack.AddAreaAsync("2501AA", "2501ZZ", "Wijkteam Zuid");
        await _stack.AddAreaAsync("2502AA", "2502ZZ", "Wijkteam Noord");
        var (_, key) = await _stack.RegisterAsync("Woonstichting Lijsten", "housing");
        await _stack.UploadAsync(key, "2026-11", Csv([
            .. Enumerable.Range(1, 4).Select(n => Row($"L-{n}", "huur", $"Lijster{n}", $"{n}", "2501AB")),
            Row("L-9", "huur", "Noorder", "9", "2502AB")]));
        _clock.SetUtcNow(Amsterdam("2026-11-13 21:00"));
        foreach (var door in Enumerable.Range(1, 4))
            _doors[door] = await _stack.CaseAtAsync("2501AB", door);
        _north = await _stack.CaseAtAsync("2502AB", 9);
        await _stack.RecordAsync(_doors[2], "Huisbezoek 2026-11-03 10:00 niet");
        await _stack.RecordAsync(_doors[2], "Huisbezoek 2026-11-04 19:30 niet");
        await _stack.RecordAsync(_doors[3], "Huisbezoek 2026-11-04 19:30 bereikt");
        await _stack.RecordAsync(_doors[1], "Telefoon 2026-11-05 10:00 bereikt");
        await _stack.Work().CloseAsync(_doors[1], new ClosingInput(CaseResult.PaidOrArrangedThemselves), "Sanne Veldwerker", CancellationToken.None);
        await _stack.Services.GetRequiredService<OutreachDeadlineJob>().RunAsync(CancellationToken.None);
        _south = await _stack.SignInAsync(Wijkteam, team: "Wijkteam Zuid");
        _coordinator = await _stack.SignInAsync(Coordinator);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _south.Session.Dispose();
        _coordinator.Session.Dispose();
        await _stack.DisposeAsync();
    }

    [Test]
    public async Task Should_list_only_the_team_s_doors_that_still_need_a_visit()
    {
        var south = await _south.Session.GetPageAsync("/bezoeklijst?datum=2026-11-13");
        var north = await _coordinator.Session.GetPageAsync("/bezoeklijst?datum=2026-11-13&team=Wijkteam%20Noord");

        Assert.Multiple(() =>
        {
            Assert.That(Cases(south), Is.EqualTo(new[] { _doors[4] }));
            Assert.That(south, Does.Contain("nog 2 huisbezoeken op verschillende dagen of dagdelen"));
            Assert.That(Cases(north), Is.EqualTo(new[] { _north }));
        });
    }

    [TestCase("", new[] { 1, 2, 3, 4 })]
    [TestCase("?status=in_contact", new[] { 3 })]
    [TestCase("?status=closed", new[] { 1 })]
    [TestCase("?aandacht=true", new[] { 4 })]
    public async Task Should_show_the_team_s_cases_open_first_filtered_as_asked(string query, int[] doors)
    {
        var page = await _south.Session.GetPageAsync("/zaken" + query);

        var shown = Cases(page);
        Assert.Multiple(() =>
        {
            Assert.That(shown, Is.EquivalentTo(doors.Select(d => _doors[d])));
            if (doors.Length > 1 && doors.Contains(1))
                Assert.That(shown[^1], Is.EqualTo(_doors[1]), "the closed case comes last, though it was made first");
            Assert.That(shown, Does.Not.Contain(_north));
        });
    }

    private static List<Guid> Cases(string html) => [.. CaseRow().Matches(html).Select(m => Guid.Parse(m.Groups[1].Value))];

    [GeneratedRegex("<tr class=\"utrecht-table__row[^\"]*\" data-case=\"([0-9a-f-]{36})\"")]
    private static partial Regex CaseRow();
}
