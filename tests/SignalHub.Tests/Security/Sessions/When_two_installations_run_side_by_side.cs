using System.Security.Claims;
using Dapper;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using SignalHub.Security.Access;
using SignalHub.Security.Accounts;
using SignalHub.Storage;
using SignalHub.Tests.Fixtures;

namespace SignalHub.Tests.Security.Sessions;

/// <summary>
/// Two installations on one host, run by one OS account, each with its own database: a portal cookie of one opens
/// nothing in the other, also when both keep their key rings in one folder, and a cookie this installation could
/// read itself opens nothing unless it names one of its own live sessions.
/// </summary>
[TestFixture(StackKind.SqliteInMemory)]
[TestFixture(StackKind.PostgresRabbitMq)]
public sealed class When_two_installations_run_side_by_side(StackKind kind)
{
    private readonly string _sharedFolder = Path.Combine(Path.GetTempPath(), $"signalhub-keys-{Guid.NewGuid():N}");
    private SignalHubStack _first = null!;
    private SignalHubStack _second = null!;
    private SignalHubStack _sharingFirst = null!;
    private SignalHubStack _sharingSecond = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _first = await SignalHubStack.StartAsync(kind);
        _second = await SignalHubStack.StartAsync(kind);
        var shared = new Dictionary<string, string?> { ["Portal:DataProtectionKeysFolder"] = _sharedFolder };
        _sharingFirst = await SignalHubStack.StartAsync(kind, shared);
        _sharingSecond = await SignalHubStack.StartAsync(kind, shared);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        foreach (var stack in new[] { _first, _second, _sharingFirst, _sharingSecond })
            await stack.DisposeAsync();
        Directory.Delete(_sharedFolder, recursive: true);
    }

    [Test]
    public async Task Should_refuse_the_other_installation_s_cookie()
    {
        var coordinator = await _first.SignInAsync(PortalRoles.Coordinator);
        using var foreign = new PortalSession(_second);
        foreign.UseCookie(coordinator.SessionCookie);
        Assert.Multiple(async () =>
        {
            Assert.That(await coordinator.Session.OpensAsync("/beheer/gebruikers"), Is.True, "at home");
            Assert.That(await foreign.OpensAsync("/beheer/gebruikers"), Is.False, "in the other installation");
        });
    }

    [Test]
    public async Task Should_refuse_the_other_installation_s_cookie_when_both_keep_their_keys_in_one_folder()
    {
        var coordinator = await _sharingFirst.SignInAsync(PortalRoles.Coordinator);
        var own = await _sharingSecond.SignInAsync(PortalRoles.Coordinator);
        using var foreign = new PortalSession(_sharingSecond);
        foreign.UseCookie(coordinator.SessionCookie);
        Assert.Multiple(async () =>
        {
            Assert.That(Directory.GetFiles(_sharedFolder, "*.xml"), Has.Length.GreaterThanOrEqualTo(2), "both key rings are in the folder");
            Assert.That(await foreign.OpensAsync("/beheer/gebruikers"), Is.False, "in the other installation");
            Assert.That(await own.Session.OpensAsync("/beheer/gebruikers"), Is.True, "its own users still sign in");
        });
    }

    [Test]
    public async Task Should_refuse_a_readable_cookie_that_names_no_session_or_user_of_its_own()
    {
        // What a shared key ring would let through: a ticket this installation can read, for a user it does not have.
        var stranger = new UserAccount { Id = Guid.NewGuid(), Name = "vreemde-coordinator", Role = PortalRoles.Coordinator };
        var withSession = PortalClaims.IdentityOf(stranger, PortalAuthentication.Scheme);
        withSession.AddClaim(new Claim(SignalHub.Security.Sessions.SessionCookie.SessionIdClaim, Guid.NewGuid().ToString()));
        withSession.AddClaim(new Claim(SignalHub.Security.Sessions.SessionCookie.StampClaim, ""));
        foreach (var identity in new[] { withSession, PortalClaims.IdentityOf(stranger, PortalAuthentication.Scheme) })
        {
            using var forged = new PortalSession(_second);
            forged.UseCookie(new("signalhub", Ticket(_second, identity)));
            Assert.That(await forged.OpensAsync("/beheer/gebruikers"), Is.False, $"a ticket with claims {string.Join(",", identity.Claims.Select(c => c.Type))}");
        }
        // The same forged ticket, pointed at a live session of another user of this installation, is refused as well.
        var own = await _second.SignInAsync(PortalRoles.Sdv);
        var hijack = PortalClaims.IdentityOf(stranger, PortalAuthentication.Scheme);
        hijack.AddClaim(new Claim(SignalHub.Security.Sessions.SessionCookie.SessionIdClaim, await SessionIdOfAsync(_second, own)));
        hijack.AddClaim(new Claim(SignalHub.Security.Sessions.SessionCookie.StampClaim, own.Account.SecurityStamp));
        using var hijacked = new PortalSession(_second);
        hijacked.UseCookie(new("signalhub", Ticket(_second, hijack)));
        Assert.That(await hijacked.OpensAsync("/beheer/gebruikers"), Is.False, "another user's session id");
    }

    [Test]
    public async Task Should_keep_the_key_ring_in_its_own_database_sealed_with_its_own_keys()
    {
        await _first.SignInAsync(PortalRoles.Sdv);
        var rows = (await _first.Get<Database>().ReadAsync(c => c.QueryAsync<string>("SELECT xml FROM data_protection_keys"), CancellationToken.None)).ToList();
        var installations = await Task.WhenAll(new[] { _first, _second }.Select(s =>
            s.Get<Database>().ReadAsync(c => c.QuerySingleAsync<string>("SELECT CAST(id AS varchar(40)) FROM installation"), CancellationToken.None)));
        Assert.Multiple(() =>
        {
            Assert.That(rows, Is.Not.Empty);
            Assert.That(rows, Is.All.Contain("enc1:").And.All.Contain("SealedXmlDecryptor"));
            Assert.That(rows, Is.All.Not.Contain("masterKey"), "no key in the clear");
            Assert.That(installations[0], Is.Not.EqualTo(installations[1]), "each installation has its own id");
        });
    }

    private static string Ticket(SignalHubStack stack, ClaimsIdentity identity)
    {
        var options = stack.Get<IOptionsMonitor<CookieAuthenticationOptions>>().Get(PortalAuthentication.Scheme);
        return options.TicketDataFormat.Protect(new AuthenticationTicket(new ClaimsPrincipal(identity), PortalAuthentication.Scheme));
    }

    private static async Task<string> SessionIdOfAsync(SignalHubStack stack, SignedInUser user) =>
        await stack.Get<Database>().ReadAsync(c => c.QuerySingleAsync<string>(
            "SELECT CAST(id AS varchar(40)) FROM portal_sessions WHERE user_id = @UserId", new { UserId = user.Account.Id }), CancellationToken.None);
}
