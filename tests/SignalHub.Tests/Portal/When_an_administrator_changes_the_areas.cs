using System.Net;
using SignalHub.Dispatch;
using SignalHub.Registers;
using SignalHub.Tests.Dispatch;
using SignalHub.Tests.Fixtures;
using SignalHub.Tests.Security;
using static SignalHub.Security.Accounts.PortalRoles;
using static SignalHub.Tests.Fixtures.PartnerFiles;

namespace SignalHub.Tests.Portal;

/// <summary>
/// The wijkteam areas under /beheer/gebieden: a range added in the portal routes the next dispatch, a bad bound is
/// refused next to its field, a CSV import shows each refused line, and each change is on the audit chain.
/// </summary>
[TestFixture(StackKind.SqliteInMemory)]
[TestFixture(StackKind.PostgresRabbitMq)]
public sealed class When_an_administrator_changes_the_areas(StackKind kind)
{
    private const string Page = "/beheer/gebieden";
    private SignalHubStack _stack = null!;
    private SignedInUser _administrator = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _stack = await SignalHubStack.StartAsync(kind);
        await _stack.ImportAreasAsync();
        _administrator = await _stack.SignInAsync(Administrator);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _administrator.Session.Dispose();
        await _stack.DisposeAsync();
    }

    [Test]
    public async Task A_range_added_in_the_portal_should_route_the_next_dispatch_to_its_team()
    {
        using var added = await _administrator.Session.PostHandlerAsync(Page, "toevoegen", ("van", "3511"), ("tot", "3512 ab"), ("team", "Wijkteam Centrum"));
        var page = await _administrator.Session.FollowAsync(added);
        var (_, key) = await _stack.RegisterAsync("Woonstichting Gebied", "housing");
        await _stack.UploadAsync(key, "2026-10", Csv(Row("G-1", "huur", "Jansen", "3", "3512AA")));

        var routed = await _stack.RequireCaseAtAsync("2026-10", "3512AA", 3);
        var audit = await _stack.AuditOfAsync(_administrator);
        Assert.Multiple(() =>
        {
            Assert.That(page, Does.Contain("Wijkteam Centrum").And.Contain("3511AA").And.Contain("3512AB"));
            Assert.That((routed.Route, routed.Team), Is.EqualTo(("wijkteam", "Wijkteam Centrum")));
            Assert.That(audit.Select(a => (a.Action, a.Detail)), Has.Member(("area.add", "3511AA-3512AB -> Wijkteam Centrum")));
        });
    }

    [TestCase("", "1011", "Wijkteam X", "van", "Vul een postcode in")]
    [TestCase("10A1", "1011", "Wijkteam X", "van", "is geen postcode")]
    [TestCase("1019", "1011", "Wijkteam X", "tot", "loopt achteruit")]
    [TestCase("1011", "1012", " ", "team", "Vul de naam van het wijkteam in")]
    public async Task A_bad_range_should_be_refused_next_to_its_field(string from, string to, string team, string field, string message)
    {
        var before = (await _stack.Get<AreaList>().ListAsync(CancellationToken.None)).Count;
        using var response = await _administrator.Session.PostHandlerAsync(Page, "toevoegen", ("van", from), ("tot", to), ("team", team));
        var html = await response.Content.ReadAsStringAsync();

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(html, Does.Match($"id=\"{field}-fout\">[^<]*{message}"));
            Assert.That(html, Does.Contain($"aria-describedby=\"{(field == "van" ? "van-uitleg " : "")}{field}-fout\""));
            Assert.That((await _stack.Get<AreaList>().ListAsync(CancellationToken.None)).Count, Is.EqualTo(before), "nothing added");
        });
    }

    [Test]
    public async Task A_range_removed_should_be_gone_and_audited()
    {
        var area = await _stack.Get<AreaList>().AddAsync("4000AA", "4000ZZ", "Wijkteam Weg", CancellationToken.None);
        using var removed = await _administrator.Session.PostHandlerAsync(Page, "verwijderen", ("id", area.Id.ToString()));
        var page = await _administrator.Session.FollowAsync(removed);

        var audit = await _stack.AuditOfAsync(_administrator);
        Assert.Multiple(() =>
        {
            Assert.That(page, Does.Contain("is verwijderd").And.Not.Contain("<h3 class=\"utrecht-heading-3\">Wijkteam Weg</h3>"));
            Assert.That(audit.Select(a => (a.Action, a.SubjectId)), Has.Member(("area.remove", area.Id.ToString())));
        });
    }

    [Test]
    public async Task An_import_should_replace_the_areas_and_show_the_refused_line()
    {
        const string Csv = "postcode_van;postcode_tot;wijkteam\n5011;5012;Wijkteam Oost\n5013;50X;Wijkteam Fout\n5014AA;5014ZZ;Wijkteam West\n";
        using var response = await _administrator.Session.PostFileAsync(Page, "importeren", "gebieden.csv", Csv);
        var html = await response.Content.ReadAsStringAsync();
        var teams = (await _stack.Get<AreaList>().ListAsync(CancellationToken.None)).Select(a => a.Team).Distinct();

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(html, Does.Contain("2 regels ingelezen, 1 regels overgeslagen"));
            Assert.That(html, Does.Match("<tr><td>3</td><td>postcode_to</td><td>[^<]*postcode"));
            Assert.That(teams, Is.EquivalentTo(new[] { "Wijkteam Oost", "Wijkteam West" }));
            Assert.That((await _stack.AuditOfAsync(_administrator)).Select(a => a.Action), Has.Member("areas.import"));
        });
        await _stack.ImportAreasAsync();
    }

    [Test]
    public async Task An_import_without_a_file_should_be_refused_next_to_the_field()
    {
        var token = PortalSession.AntiforgeryToken(await _administrator.Session.GetPageAsync(Page));
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        using var response = await _administrator.Session.PostAsync($"{Page}?handler=importeren", form);
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("id=\"bestand-fout\">Kies het CSV-bestand"));
    }
}
