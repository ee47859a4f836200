using System.Net;
using SignalHub.Security.Accounts;
using SignalHub.Security.WebSurface;
using SignalHub.Tests.Fixtures;

namespace SignalHub.Tests.Security;

/// <summary>Signing in to the portal: password, then the authenticator's code; lockout, rate limit, cookies, sign-out.</summary>
public sealed class SignInTests
{
    private SignalHubStack _stack = null!;

    [SetUp]
    public async Task StartAsync() => _stack = await SignalHubStack.StartAsync(StackKind.SqliteInMemory, new Dictionary<string, string?>
    {
        ["Accounts:MaxFailedAttempts"] = "3",
        ["Accounts:SignInPermitsPerMinute"] = "12",
    });

    [TearDown]
    public async Task StopAsync() => await _stack.DisposeAsync();

    [TestCase(PortalRoles.Sdv, "/triage")]
    [TestCase(PortalRoles.Wijkteam, "/zaken")]
    [TestCase(PortalRoles.Coordinator, "/")]
    public async Task When_password_and_code_are_right_Should_land_on_the_role_s_own_page(string role, string home)
    {
        var (user, secret) = await _stack.AddUserAsync(role, team: role == PortalRoles.Wijkteam ? "Wijkteam Noord" : null);
        using var session = new PortalSession(_stack);
        using var password = await session.PostFormAsync("/inloggen", [new("naam", user.Name), new("wachtwoord", PortalUsers.Password)]);
        using var code = await session.PostFormAsync("/inloggen/code", [new("code", PortalUsers.CurrentCode(secret))]);
        Assert.Multiple(() =>
        {
            Assert.That(password.Headers.Location?.OriginalString, Does.StartWith("/inloggen/code"));
            Assert.That(code.Headers.Location?.OriginalString, Is.EqualTo(home));
        });
    }

    [Test]
    public async Task When_a_password_is_right_but_no_code_follows_Should_not_be_signed_in()
    {
        var (user, _) = await _stack.AddUserAsync(PortalRoles.Sdv);
        using var session = new PortalSession(_stack);
        using var password = await session.PostFormAsync("/inloggen", [new("naam", user.Name), new("wachtwoord", PortalUsers.Password)]);
        using var triage = await session.GetAsync("/triage");
        Assert.Multiple(() =>
        {
            Assert.That(session.Cookies.Keys, Has.No.Member("signalhub"));
            Assert.That(triage.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(triage.Headers.Location?.AbsolutePath, Is.EqualTo("/inloggen"));
        });
    }

    [Test]
    public async Task When_the_password_is_wrong_three_times_Should_lock_the_account_also_for_the_right_password()
    {
        var (user, _) = await _stack.AddUserAsync(PortalRoles.Sdv);
        using var session = new PortalSession(_stack);
        for (var i = 0; i < 3; i++)
        {
            using var wrong = await session.PostFormAsync("/inloggen", [new("naam", user.Name), new("wachtwoord", $"fout-{i}")]);
            Assert.That(wrong.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the form again, with its error");
        }
        using var right = await session.PostFormAsync("/inloggen", [new("naam", user.Name), new("wachtwoord", PortalUsers.Password)]);
        var page = await right.Content.ReadAsStringAsync();
        var stored = await _stack.Get<UserStore>().FindAsync(user.Id, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(page, Does.Contain("tijdelijk geblokkeerd"));
            Assert.That(session.Cookies.Keys, Has.No.Member("signalhub-inloggen"));
            Assert.That(stored!.LockedUntil, Is.GreaterThan(DateTime.UtcNow));
        });
    }

    [Test]
    public async Task When_the_code_is_wrong_Should_count_towards_the_lockout()
    {
        var (user, _) = await _stack.AddUserAsync(PortalRoles.Sdv);
        using var session = new PortalSession(_stack);
        using var password = await session.PostFormAsync("/inloggen", [new("naam", user.Name), new("wachtwoord", PortalUsers.Password)]);
        using var code = await session.PostFormAsync("/inloggen/code", [new("code", "000000")]);
        var page = await code.Content.ReadAsStringAsync();
        var stored = await _stack.Get<UserStore>().FindAsync(user.Id, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(page, Does.Contain("Deze code klopt niet"));
            Assert.That(stored!.FailedAttempts, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task When_an_unknown_name_is_tried_Should_answer_as_for_a_wrong_password()
    {
        using var session = new PortalSession(_stack);
        using var unknown = await session.PostFormAsync("/inloggen", [new("naam", "niemand-bekend"), new("wachtwoord", "iets")]);
        Assert.That(await unknown.Content.ReadAsStringAsync(), Does.Contain("De combinatie van gebruikersnaam en wachtwoord is onjuist."));
    }

    [Test]
    public async Task When_a_new_user_signs_in_the_first_time_Should_show_the_secret_to_enrol_and_accept_its_code()
    {
        var user = await _stack.Get<UserStore>().AddAsync(new NewUser("nieuwe-coach", PortalRoles.BudgetCoach, null, null, PortalUsers.Password), CancellationToken.None);
        using var session = new PortalSession(_stack);
        using var password = await session.PostFormAsync("/inloggen", [new("naam", user.Name), new("wachtwoord", PortalUsers.Password)]);
        var enrolment = await session.GetPageAsync("/inloggen/code");
        var shown = System.Text.RegularExpressions.Regex.Match(enrolment, "data-testid=\"totp-secret\">([A-Z2-7 ]+)<").Groups[1].Value;
        var secret = shown.Replace(" ", "", StringComparison.Ordinal);
        using var code = await session.PostFormAsync("/inloggen/code", [new("code", PortalUsers.CurrentCode(secret))]);
        var stored = await _stack.Get<UserStore>().FindAsync(user.Id, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(enrolment, Does.Contain($"otpauth://totp/SignalHub:nieuwe-coach?secret={secret}"));
            Assert.That(shown, Does.Match("^[A-Z2-7]{4}( [A-Z2-7]{4})+$"), "the secret in groups of four");
            Assert.That(enrolment, Does.Match("<svg class=\"totp-qr\" role=\"img\"[^>]*viewBox=\"[^\"]+\"[^>]*>\\s*<rect[^>]*/>\\s*<path fill=\"#000000\" d=\"M"), "the QR code drawn inline");
            Assert.That(enrolment, Does.Not.Contain("<img"), "no image fetched from anywhere for the code");
            Assert.That(code.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(stored!.TotpConfirmed, Is.True);
            Assert.That(stored.TotpSecret, Is.EqualTo(secret));
        });
    }

    [Test]
    public async Task Should_set_the_session_cookie_secure_HttpOnly_and_SameSite_strict()
    {
        var user = await _stack.SignInAsync(PortalRoles.Sdv);
        var cookie = user.Session.SetCookieHeaders.Last(h => h.StartsWith("signalhub=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.That(cookie, Does.Contain("secure").And.Contain("httponly").And.Contain("samesite=strict"));
    }

    [Test]
    public async Task When_sign_in_is_posted_too_often_from_one_address_Should_answer_too_many_requests()
    {
        using var session = new PortalSession(_stack);
        var token = PortalSession.AntiforgeryToken(await session.GetPageAsync("/inloggen"));
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 14; i++)
        {
            using var response = await session.PostAsync("/inloggen", new FormUrlEncodedContent(
                [new("naam", $"raden-{i}"), new("wachtwoord", "raden"), new("__RequestVerificationToken", token)]));
            statuses.Add(response.StatusCode);
        }
        using var last = await session.PostAsync("/inloggen", new FormUrlEncodedContent([new("naam", "x"), new("__RequestVerificationToken", token)]));
        Assert.Multiple(async () =>
        {
            Assert.That(statuses.Take(12), Is.All.EqualTo(HttpStatusCode.OK));
            Assert.That(last.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(await last.Content.ReadAsStringAsync(), Does.Contain("Te veel pogingen"));
        });
    }

    [Test]
    public async Task When_signing_out_Should_need_the_form_s_token_and_then_end_the_session()
    {
        var user = await _stack.SignInAsync(PortalRoles.Sdv);
        using var forged = await user.Session.PostAsync("/uitloggen", new FormUrlEncodedContent([]));
        using var stillIn = await user.Session.GetAsync("/triage");
        using var signOut = await user.Session.PostFormAsync("/uitloggen", []);
        using var after = await user.Session.GetAsync("/triage");
        Assert.Multiple(() =>
        {
            Assert.That(forged.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "a post without the antiforgery token");
            Assert.That(stillIn.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(signOut.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(after.Headers.Location?.AbsolutePath, Is.EqualTo("/inloggen"));
        });
    }

    [TestCase("/inloggen")]
    [TestCase("/fout/404")]
    [TestCase("/css/portal.css")]
    public async Task Should_send_the_security_headers_on_every_answer(string path)
    {
        using var session = new PortalSession(_stack);
        using var response = await session.GetAsync(path);
        Assert.Multiple(() =>
        {
            Assert.That(response.Headers.GetValues("Content-Security-Policy").Single(), Is.EqualTo(SecurityHeaders.ContentSecurityPolicy));
            Assert.That(SecurityHeaders.ContentSecurityPolicy, Does.Not.Contain("unsafe-inline").And.Contain("frame-ancestors 'none'"));
            Assert.That(response.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"));
            Assert.That(response.Headers.GetValues("Referrer-Policy").Single(), Is.EqualTo("no-referrer"));
            Assert.That(response.Headers.GetValues("Permissions-Policy").Single(), Does.Contain("camera=()"));
        });
    }
}
