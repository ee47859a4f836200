using System.Net;
using Dapper;
using Microsoft.Extensions.Time.Testing;
using SignalHub.Security.Accounts;
using SignalHub.Storage;
using SignalHub.Tests.Fixtures;

namespace SignalHub.Tests.Security.Sessions;

/// <summary>
/// A cookie copied out of a browser is a handle on a server-side session: it stops working when the session ends,
/// whoever ends it, and when the session reaches its absolute lifetime however busy it is.
/// </summary>
[TestFixture(StackKind.SqliteInMemory)]
[TestFixture(StackKind.PostgresRabbitMq)]
public sealed class When_a_portal_cookie_is_copied(StackKind kind)
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private SignalHubStack _stack = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _stack = await SessionStack.StartAsync(kind, _clock);

    [OneTimeTearDown]
    public async Task StopAsync() => await _stack.DisposeAsync();

    [Test]
    public async Task Should_refuse_the_copy_after_the_user_signs_out()
    {
        var user = await _stack.SignInAsync(PortalRoles.Sdv);
        using var copy = _stack.CopyOf(user);
        Assert.That(await copy.OpensAsync("/triage"), Is.True, "the copy works while the session lives");
        using var signOut = await user.Session.PostFormAsync("/uitloggen", []);
        Assert.Multiple(async () =>
        {
            Assert.That(await copy.OpensAsync("/triage"), Is.False, "the copy after sign-out");
            Assert.That(await EndedWhyAsync(user), Is.EqualTo(["sign-out"]));
        });
    }

    [Test]
    public async Task Should_refuse_the_copy_after_the_account_is_locked_out()
    {
        var user = await _stack.SignInAsync(PortalRoles.Sdv);
        using var copy = _stack.CopyOf(user);
        Assert.That(await copy.OpensAsync("/triage"), Is.True);
        using var guesser = new PortalSession(_stack);
        for (var i = 0; i < 3; i++)
            await guesser.PostPasswordAsync(user.Account.Name, $"geraden-{i}");
        Assert.Multiple(async () =>
        {
            Assert.That(await copy.OpensAsync("/triage"), Is.False, "the copy after the lockout");
            Assert.That(await EndedWhyAsync(user), Is.EqualTo(["lockout"]));
        });
    }

    [Test]
    public async Task Should_refuse_the_copy_within_a_minute_after_reset_totp_on_the_command_line()
    {
        var user = await _stack.SignInAsync(PortalRoles.Sdv);
        using var copy = _stack.CopyOf(user);
        Assert.That(await copy.OpensAsync("/triage"), Is.True);
        var reset = await Fixtures.Cli.RunAsync(_stack.Settings, "user", "reset-totp", "--name", user.Account.Name);
        Assert.That(reset.ExitCode, Is.Zero, reset.ToString());
        // The web process checks a session against the database at most once a minute.
        _clock.Advance(TimeSpan.FromSeconds(61));
        Assert.Multiple(async () =>
        {
            Assert.That(await copy.OpensAsync("/triage"), Is.False, "the copy after user reset-totp");
            Assert.That(await EndedWhyAsync(user), Is.EqualTo(["totp-reset"]));
        });
    }

    [Test]
    public async Task Should_refuse_the_copy_after_an_administrator_ends_the_user_s_sessions_on_the_users_page()
    {
        var user = await _stack.SignInAsync(PortalRoles.Sdv);
        var admin = await _stack.SignInAsync(PortalRoles.Administrator);
        using var copy = _stack.CopyOf(user);
        using var ask = await admin.Session.PostFormAsync("/beheer/gebruikers", [new("id", user.Account.Id.ToString())], "/beheer/gebruikers?handler=sessies");
        var confirmation = await ask.Content.ReadAsStringAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(ask.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(confirmation, Does.Contain($"Alle sessies van {user.Account.Name} beëindigen?").And.Contain("1 open sessie"));
            Assert.That(await copy.OpensAsync("/triage"), Is.True, "asking alone ends nothing");
        });
        using var confirm = await admin.Session.PostFormAsync("/beheer/gebruikers",
            [new("id", user.Account.Id.ToString()), new("bevestigd", "ja")], "/beheer/gebruikers?handler=sessies");
        var page = WebUtility.HtmlDecode(await admin.Session.GetPageAsync("/beheer/gebruikers"));
        Assert.Multiple(async () =>
        {
            Assert.That(confirm.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(page, Does.Contain($"Alle sessies van {user.Account.Name} zijn beëindigd (1)."));
            Assert.That(await copy.OpensAsync("/triage"), Is.False, "the copy after the administrator ended the sessions");
            Assert.That(await user.Session.OpensAsync("/triage"), Is.False, "the user's own browser too");
            Assert.That(await EndedWhyAsync(user), Is.EqualTo(["administrator"]));
        });
    }

    [Test]
    public async Task Should_refuse_the_copy_within_a_minute_after_user_end_sessions_on_the_command_line()
    {
        var user = await _stack.SignInAsync(PortalRoles.Sdv);
        using var copy = _stack.CopyOf(user);
        Assert.That(await copy.OpensAsync("/triage"), Is.True);
        var ended = await Fixtures.Cli.RunAsync(_stack.Settings, "user", "end-sessions", "--name", user.Account.Name, "--json");
        Assert.That(ended.ExitCode, Is.Zero, ended.ToString());
        _clock.Advance(TimeSpan.FromSeconds(61));
        Assert.Multiple(async () =>
        {
            Assert.That(ended.Json()[0].GetProperty("sessionsEnded").GetInt32(), Is.EqualTo(1));
            Assert.That(await copy.OpensAsync("/triage"), Is.False, "the copy after user end-sessions");
        });
    }

    [Test]
    public async Task Should_end_a_busy_session_at_its_absolute_lifetime()
    {
        // Sliding 60 minutes, absolute 2 hours: a request every 50 minutes keeps sliding, the third passes the 2 hours.
        var user = await _stack.SignInAsync(PortalRoles.Sdv);
        var opened = new List<bool>();
        for (var i = 0; i < 3; i++)
        {
            _clock.Advance(TimeSpan.FromMinutes(50));
            opened.Add(await user.Session.OpensAsync("/triage"));
        }
        Assert.Multiple(async () =>
        {
            Assert.That(opened, Is.EqualTo(new[] { true, true, false }));
            Assert.That(await EndedWhyAsync(user), Is.EqualTo(["expired"]));
        });
    }

    private async Task<string?[]> EndedWhyAsync(SignedInUser user) =>
        [.. await _stack.Get<Database>().ReadAsync(c => c.QueryAsync<string?>(
            "SELECT ended_why FROM portal_sessions WHERE user_id = @UserId", new { UserId = user.Account.Id }), CancellationToken.None)];
}
