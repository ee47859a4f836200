using System.Net;
using Microsoft.Extensions.Time.Testing;
using SignalHub.Tests.Fixtures;
using SignalHub.Tests.Security;
using static SignalHub.Security.Accounts.PortalRoles;
using static SignalHub.Tests.Fixtures.PartnerFiles;
using static SignalHub.Tests.Outreach.OutreachStack;

namespace SignalHub.Tests.Outreach.Portal;

/// <summary>
/// A worker of Wijkteam Zuid offers a case to a named colleague of Wijkteam Noord; the colleague finds it, accepts it,
/// and from then on it is Noord's: Zuid no longer sees it.
/// </summary>
public sealed class When_a_case_is_handed_over_warmly
{
    private FakeTimeProvider _clock = null!;
    private SignalHubStack _stack = null!;
    private SignedInUser _sender = null!;
    private SignedInUser _receiver = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _clock = new FakeTimeProvider(Amsterdam("2026-11-02 09:00"));
        _stack = await OutreachStack.StartAsync(StackKind.SqliteInMemory, _clock);
        await _stack.AddAreaAsync("2501AA", "2501ZZ", "Wijkteam Zuid");
        var (_, key) = await _stack.RegisterAsync("Woonstichting Overdracht", "housing");
        await _stack.UploadAsync(key, "2026-11", Csv(Row("O-1", "huur", "Overdrager", "8", "2501AB")));
        _clock.SetUtcNow(Amsterdam("2026-11-06 21:00"));
        _sender = await _stack.SignInAsync(Wijkteam, team: "Wijkteam Zuid");
        _receiver = await _stack.SignInAsync(Wijkteam, team: "Wijkteam Noord");
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _sender.Session.Dispose();
        _receiver.Session.Dispose();
        await _stack.DisposeAsync();
    }

    [Test]
    public async Task Should_move_the_case_to_the_receiver_only_when_accepted()
    {
        var id = await _stack.CaseAtAsync("2501AB", 8);
        using var before = await _receiver.Session.GetAsync($"/zaken/{id}");

        using var offered = await _sender.Session.PostFormAsync($"/zaken/{id}",
            [new("ontvanger", _receiver.Account.Name), new("ontvangerteam", "Wijkteam Noord"), new("overdrachtnotitie", "Kent de familie al.")],
            $"/zaken/{id}?handler=HandOver");
        var pending = await _stack.DetailAsync(id);
        using var accepted = await _receiver.Session.PostFormAsync($"/zaken/{id}", [], $"/zaken/{id}?handler=Accept");
        var after = await _stack.DetailAsync(id);
        using var senderAfter = await _sender.Session.GetAsync($"/zaken/{id}");

        Assert.Multiple(() =>
        {
            Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "not offered yet: another team's case");
            Assert.That(offered.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(pending.Team, Is.EqualTo("Wijkteam Zuid"), "stays with the sender until accepted");
            Assert.That(pending.HandOver?.Pending, Is.True);
            Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That((after.Team, after.AssignedTo), Is.EqualTo(("Wijkteam Noord", _receiver.Account.Name)));
            Assert.That(after.Events[^1].Actor, Is.EqualTo(_receiver.Account.Name));
            Assert.That(senderAfter.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }
}
