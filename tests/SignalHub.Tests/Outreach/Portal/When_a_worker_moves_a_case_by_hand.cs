using System.Net;
using Microsoft.Extensions.Time.Testing;
using SignalHub.Tests.Fixtures;
using SignalHub.Tests.Security;
using static SignalHub.Security.Accounts.PortalRoles;
using static SignalHub.Tests.Fixtures.PartnerFiles;
using static SignalHub.Tests.Outreach.OutreachStack;

namespace SignalHub.Tests.Outreach.Portal;

/// <summary>The case page offers only the moves the outreach flow allows from where the case stands, and refuses the rest in Dutch.</summary>
public sealed partial class When_a_worker_moves_a_case_by_hand
{
    private const string Team = "Wijkteam Zuid";
    private FakeTimeProvider _clock = null!;
    private SignalHubStack _stack = null!;
    private SignedInUser _worker = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _clock = new FakeTimeProvider(Amsterdam("2026-11-02 09:00"));
        _stack = await OutreachStack.StartAsync(StackKind.SqliteInMemory, _clock);
        await _stack.AddAreaAsync("2501AA", "2501ZZ", Team);
        var (_, key) = await _stack.RegisterAsync("Woonstichting Stappen", "housing");
        await _stack.UploadAsync(key, "2026-11", Csv([.. Enumerable.Range(1, 4).Select(n => Row($"S-{n}", "huur", $"Stapper{n}", $"{n}", "2501AB"))]));
        _clock.SetUtcNow(Amsterdam("2026-11-06 21:00"));
        _worker = await _stack.SignInAsync(Wijkteam, team: Team);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _worker.Session.Dispose();
        await _stack.DisposeAsync();
    }

    [TestCase(1, null, new[] { "assigned", "contact_attempted", "in_contact" })]
    [TestCase(2, "Telefoon 2026-11-03 10:15 niet", new[] { "in_contact" })]
    [TestCase(3, "Huisbezoek 2026-11-04 19:30 bereikt", new[] { "help_accepted" })]
    public async Task Should_offer_only_the_moves_the_flow_allows(int door, string? attempt, string[] offered)
    {
        var id = await _stack.CaseAtAsync("2501AB", door);
        if (attempt is not null)
            await _stack.RecordAsync(id, attempt);

        var html = await _worker.Session.GetPageAsync($"/zaken/{id}");

        var buttons = StatusButton().Matches(html).Select(m => m.Groups[1].Value);
        Assert.That(buttons, Is.EqualTo(offered));
    }

    [Test]
    public async Task Should_refuse_a_move_the_flow_does_not_allow_in_Dutch()
    {
        var id = await _stack.CaseAtAsync("2501AB", 4);

        using var response = await _worker.Session.PostFormAsync($"/zaken/{id}", [new("naar", "help_accepted")], $"/zaken/{id}?handler=Status");

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(html, Does.Contain("Een zaak kan niet van 'Nieuw' naar 'Hulp aanvaard'"));
            Assert.That((await _stack.DetailAsync(id)).Status, Is.EqualTo("new"));
        });
    }

    [System.Text.RegularExpressions.GeneratedRegex("name=\"naar\" value=\"([a-z_]+)\"")]
    private static partial System.Text.RegularExpressions.Regex StatusButton();
}
