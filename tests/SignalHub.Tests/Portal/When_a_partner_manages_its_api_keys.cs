using System.Net;
using System.Text.RegularExpressions;
using SignalHub.Partners;
using SignalHub.Tests.Fixtures;
using SignalHub.Tests.Security;

namespace SignalHub.Tests.Portal;

/// <summary>
/// /api-sleutels: a partner user lists its own keys (never the key itself, never another partner's), makes one that is
/// shown once and works on the partner API, and revokes one; another partner's key id is not found.
/// </summary>
public sealed partial class When_a_partner_manages_its_api_keys
{
    private SignalHubStack _stack = null!;
    private SignedInUser _own = null!;
    private Partner _other = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _stack = await SignalHubStack.StartAsync(StackKind.SqliteInMemory);
        var (own, _) = await _stack.RegisterAsync("Woonstichting Sleutel", "housing");
        (_other, _) = await _stack.RegisterAsync("Energie Vreemd", "energy");
        _own = await _stack.SignInAsync(SignalHub.Security.Accounts.PortalRoles.Partner, own.Id);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _own.Session.Dispose();
        await _stack.DisposeAsync();
    }

    [Test]
    public async Task Should_list_only_its_own_keys_and_never_a_key_itself()
    {
        var page = await _own.Session.GetPageAsync("/api-sleutels");
        var ownKeys = await _stack.Get<PartnerStore>().ListKeysAsync(_own.Account.PartnerId!.Value, CancellationToken.None);
        var otherKeys = await _stack.Get<PartnerStore>().ListKeysAsync(_other.Id, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(ownKeys, Is.Not.Empty);
            foreach (var key in ownKeys)
                Assert.That(page, Does.Contain($"<td>{key.Prefix}"));
            foreach (var key in otherKeys)
                Assert.That(page, Does.Not.Contain(key.Id.ToString()).And.Not.Contain(key.Prefix));
            Assert.That(page, Does.Not.Contain("one-time-secret"));
        });
    }

    [Test]
    public async Task A_key_made_should_be_shown_once_work_on_the_api_and_stop_working_when_revoked()
    {
        using var made = await _own.Session.PostHandlerAsync("/api-sleutels", "maken");
        var key = NewKey().Match(await made.Content.ReadAsStringAsync()).Groups[1].Value;
        using var client = _stack.Client(key);
        using var before = await client.GetAsync("/api/v1/keys/");
        var id = (await _stack.Get<PartnerStore>().ListKeysAsync(_own.Account.PartnerId!.Value, CancellationToken.None)).Single(k => key.StartsWith(k.Prefix, StringComparison.Ordinal)).Id;
        var list = await _own.Session.GetPageAsync("/api-sleutels");
        using var asked = await _own.Session.PostHandlerAsync("/api-sleutels", "intrekken", ("id", id.ToString()));
        var question = await asked.Content.ReadAsStringAsync();
        using var stillWorks = await client.GetAsync("/api/v1/keys/");
        using var revoked = await _own.Session.PostHandlerAsync("/api-sleutels", "intrekken", ("id", id.ToString()), ("bevestigd", "true"));
        var after = await _own.Session.FollowAsync(revoked);
        using var refused = await client.GetAsync("/api/v1/keys/");

        var audit = (await _stack.AuditOfAsync(_own)).Where(a => a.SubjectId == id.ToString()).Select(a => a.Action);
        Assert.Multiple(() =>
        {
            Assert.That(key, Does.StartWith(ApiKeys.Prefix));
            Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the key works");
            Assert.That(list, Does.Not.Contain(key), "shown once");
            Assert.That(question, Does.Contain("data-testid=\"confirm-revoke\"").And.Contain("krijgt direct geen toegang meer"), "the first click asks");
            Assert.That(stillWorks.StatusCode, Is.EqualTo(HttpStatusCode.OK), "asking revokes nothing");
            Assert.That(after, Does.Contain("De sleutel is ingetrokken"));
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "revoked");
            Assert.That(audit, Is.EquivalentTo(new[] { "api-key.create", "api-key.revoke" }));
        });
    }

    [Test]
    public async Task Another_partners_key_should_not_be_found_nor_revoked()
    {
        var theirs = (await _stack.Get<PartnerStore>().ListKeysAsync(_other.Id, CancellationToken.None))[0];
        using var response = await _own.Session.PostHandlerAsync("/api-sleutels", "intrekken", ("id", theirs.Id.ToString()), ("bevestigd", "true"));
        var still = (await _stack.Get<PartnerStore>().ListKeysAsync(_other.Id, CancellationToken.None)).Single(k => k.Id == theirs.Id);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(still.RevokedAt, Is.Null);
        });
    }

    [GeneratedRegex("data-new-key>([^<]+)<")]
    private static partial Regex NewKey();
}
