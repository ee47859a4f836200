using System.Net;
using Microsoft.Extensions.Time.Testing;
using SignalHub.Tests.Fixtures;
using SignalHub.Tests.Security;
using static SignalHub.Security.Accounts.PortalRoles;
using static SignalHub.Tests.Fixtures.PartnerFiles;
using static SignalHub.Tests.Outreach.OutreachStack;

namespace SignalHub.Tests.Outreach.Portal;

/// <summary>
/// November 2026: a housing partner reports five doors in Wijkteam Zuid's area and one in Noord's on Monday the 2nd. On Friday evening a
/// worker of Wijkteam Zuid records the week's work on the case page; a worker of Wijkteam Noord finds none of it.
/// </summary>
public sealed class When_a_worker_uses_the_case_page
{
    private const string South = "Wijkteam Zuid";
    private const string North = "Wijkteam Noord";
    private FakeTimeProvider _clock = null!;
    private SignalHubStack _stack = null!;
    private SignedInUser _worker = null!;
    private SignedInUser _otherTeam = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _clock = new FakeTimeProvider(Amsterdam("2026-11-02 09:00"));
        _stack = await OutreachStack.StartAsync(StackKind.SqliteInMemory, _clock);
        await _stack.AddAreaAsync("2501AA", "2501ZZ", South);
        var (_, key) = await _stack.RegisterAsync("Woonstichting Deurwerk", "housing");
        await _stack.AddAreaAsync("2502AA", "2502ZZ", North);
        await _stack.UploadAsync(key, "2026-11", Csv([
            .. Enumerable.Range(1, 5).Select(n => Row($"D-{n}", "huur", $"Huurder{n}", $"{n}", "2501AB")),
            Row("N-1", "huur", "Noorderling", "1", "2502AB")]));
        _clock.SetUtcNow(Amsterdam("2026-11-06 21:00"));
        _worker = await _stack.SignInAsync(Wijkteam, team: South);
        _otherTeam = await _stack.SignInAsync(Wijkteam, team: North);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _worker.Session.Dispose();
        _otherTeam.Session.Dispose();
        await _stack.DisposeAsync();
    }

    [Test]
    public async Task Should_not_find_a_case_of_another_team()
    {
        var id = await _stack.CaseAtAsync("2501AB", 1);

        using var other = await _otherTeam.Session.GetAsync($"/zaken/{id}");
        var otherList = await _otherTeam.Session.GetPageAsync("/zaken");
        using var own = await _worker.Session.GetAsync($"/zaken/{id}");
        var ownList = await _worker.Session.GetPageAsync("/zaken");
        Assert.Multiple(() =>
        {
            Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(otherList, Does.Not.Contain(id.ToString()));
            Assert.That(own.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(ownList, Does.Contain($"/zaken/{id}"));
        });
    }

    [Test]
    public async Task Should_not_let_another_team_record_an_attempt_either()
    {
        var id = await _stack.CaseAtAsync("2501AB", 2);
        var own = await _stack.CaseAtAsync("2502AB", 1);

        using var response = await _otherTeam.Session.PostFormAsync($"/zaken/{own}",
            [new("soort", "home_visit"), new("moment", "2026-11-04T19:30"), new("bereikt", "nee"), new("medewerker", _otherTeam.Account.Name)],
            $"/zaken/{id}?handler=Attempt");

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await _stack.DetailAsync(id)).Attempts, Is.Empty);
        });
    }

    [Test]
    public async Task Should_store_a_valid_attempt_with_its_day_part_and_the_worker_as_actor()
    {
        var id = await _stack.CaseAtAsync("2501AB", 3);

        using var response = await PostAttemptAsync(id, "home_visit", "2026-11-04T19:30", "nee", "Karim Huismeester");

        var detail = await _stack.DetailAsync(id);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(response.Headers.Location?.OriginalString, Does.Contain("klaar=poging"));
            Assert.That(detail.Attempts.Select(a => (a.Kind, a.DayPart, a.Reached)), Is.EqualTo(new[] { ("Huisbezoek", "Avond", false) }));
            Assert.That(detail.Attempts[0].By, Is.EqualTo(new[] { _worker.Account.Name, "Karim Huismeester" }));
            Assert.That(detail.Attempts[0].At, Is.EqualTo(new DateTime(2026, 11, 4, 18, 30, 0, DateTimeKind.Utc)), "Amsterdam time, stored in UTC");
            Assert.That(detail.Events.Single(e => e.Event == "attempt").Actor, Is.EqualTo(_worker.Account.Name));
            Assert.That(detail.Status, Is.EqualTo("contact_attempted"));
        });
    }

    [TestCase("2026-11-07T10:00", "ligt in de toekomst")]
    [TestCase("2026-11-01T10:00", "ligt voor de dag waarop de zaak is gemaakt")]
    [TestCase("morgen", "Vul de datum en tijd in")]
    public async Task Should_refuse_an_attempt_at_an_impossible_moment_in_Dutch_next_to_the_field(string moment, string message)
    {
        var id = await _stack.CaseAtAsync("2501AB", 4);

        using var response = await PostAttemptAsync(id, "phone", moment, "nee");

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(html, Does.Contain("id=\"moment-fout\"").And.Contain(message));
            Assert.That((await _stack.DetailAsync(id)).Attempts, Is.Empty);
        });
    }

    [Test]
    public async Task Should_refuse_closing_as_not_reached_before_the_rule_is_met_and_say_what_is_still_needed()
    {
        var id = await _stack.CaseAtAsync("2501AB", 5);
        await _stack.RecordAsync(id, "Huisbezoek 2026-11-03 10:00 niet");

        using var response = await _worker.Session.PostFormAsync($"/zaken/{id}", [new("uitkomst", "no_contact_possible")], $"/zaken/{id}?handler=Close");

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(html, Does.Contain("Nog niet af te sluiten als 'Definitief geen contact kunnen krijgen'"));
            Assert.That(html, Does.Contain("nog 1 huisbezoek op een ander dagdeel of een andere dag, nog 2 telefoongesprekken"));
            Assert.That((await _stack.DetailAsync(id)).Status, Is.Not.EqualTo("closed"));
        });
    }

    private Task<HttpResponseMessage> PostAttemptAsync(Guid id, string kind, string moment, string reached, string? second = null) =>
        _worker.Session.PostFormAsync($"/zaken/{id}",
            [new("soort", kind), new("moment", moment), new("bereikt", reached), new("medewerker", _worker.Account.Name), new("tweede", second ?? "")],
            $"/zaken/{id}?handler=Attempt");
}
