using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using SignalHub.Security.Accounts;
using SignalHub.Tests.Fixtures;

namespace SignalHub.Tests.Security.Sessions;

/// <summary>
/// Sign-in tells nobody whether a name exists or is locked, and a guesser cannot keep a user out: the account's lock
/// binds only addresses the user did not sign in from lately, and the guesser's own address locks as well.
/// </summary>
// Compares answer times: alone, not beside other fixtures.
[NonParallelizable]
[TestFixture(StackKind.SqliteInMemory)]
[TestFixture(StackKind.PostgresRabbitMq)]
public sealed partial class When_names_are_guessed_at_sign_in(StackKind kind)
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private SignalHubStack _stack = null!;
    private int _address = 10;

    [OneTimeSetUp]
    public async Task StartAsync() => _stack = await SessionStack.StartAsync(kind, _clock,
        new Dictionary<string, string?> { ["Accounts:MaxFailedAttemptsPerAddress"] = "6" });

    [OneTimeTearDown]
    public async Task StopAsync() => await _stack.DisposeAsync();

    [Test]
    public async Task Should_answer_an_unknown_and_a_locked_name_alike_in_words_and_time()
    {
        var (locked, _) = await _stack.AddUserAsync(PortalRoles.Sdv);
        using (var guesser = NewSession())
            for (var i = 0; i < 3; i++)
                await guesser.PostPasswordAsync(locked.Name, $"fout-{i}");
        var unknownName = "niemand-" + Guid.NewGuid().ToString("N")[..12];
        var answers = new Dictionary<string, (string Page, List<double> Ms)> { ["locked"] = ("", []), ["unknown"] = ("", []) };
        for (var round = 0; round < 6; round++)
            foreach (var (what, name) in new[] { ("locked", locked.Name), ("unknown", unknownName) })
            {
                using var session = NewSession();
                var token = PortalSession.AntiforgeryToken(await session.GetPageAsync("/inloggen"));
                var watch = Stopwatch.StartNew();
                using var response = await session.PostAsync("/inloggen", new FormUrlEncodedContent(
                    [new("naam", name), new("wachtwoord", PortalUsers.Password), new("__RequestVerificationToken", token)]));
                var page = await response.Content.ReadAsStringAsync();
                watch.Stop();
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), what);
                answers[what].Ms.Add(watch.Elapsed.TotalMilliseconds);
                answers[what] = (Token().Replace(page, "TOKEN").Replace(name, "NAAM", StringComparison.Ordinal), answers[what].Ms);
            }
        var (lockedMs, unknownMs) = (Median(answers["locked"].Ms), Median(answers["unknown"].Ms));
        TestContext.Out.WriteLine($"median answer: locked {lockedMs:F1} ms, unknown {unknownMs:F1} ms");
        Assert.Multiple(() =>
        {
            Assert.That(answers["locked"].Page, Is.EqualTo(answers["unknown"].Page), "the same page, word for word");
            Assert.That(answers["unknown"].Page, Does.Contain(SignInModel.RefusedMessage));
            // Both hash a password (tens of milliseconds); the locked name's extra row reads are small beside it.
            Assert.That(Math.Abs(lockedMs - unknownMs), Is.LessThan(Math.Max(lockedMs, unknownMs) / 2), "answer times alike");
        });
    }

    [Test]
    public async Task Should_let_the_user_in_from_a_known_address_while_a_guesser_elsewhere_has_locked_the_account()
    {
        var user = await _stack.SignInAsync(PortalRoles.Sdv);
        using var home = NewSession(1);
        using var guesser = NewSession();
        for (var i = 0; i < 3; i++)
            await guesser.PostPasswordAsync(user.Account.Name, $"fout-{i}");
        var stored = await _stack.Get<UserStore>().FindAsync(user.Account.Id, CancellationToken.None);
        using var stranger = NewSession();
        await stranger.PostPasswordAsync(user.Account.Name, PortalUsers.Password);
        await home.PostPasswordAsync(user.Account.Name, PortalUsers.Password);
        using var code = await home.PostFormAsync("/inloggen/code", [new("code", PortalUsers.CodeAt(user.Secret, _clock.GetUtcNow().AddSeconds(30)))]);
        Assert.Multiple(async () =>
        {
            Assert.That(stored!.LockedUntil, Is.GreaterThan(_clock.GetUtcNow().UtcDateTime), "the guesser locked the account");
            Assert.That(stranger.Cookies.Keys, Has.No.Member("signalhub-inloggen"), "the right password from another address is refused while locked");
            Assert.That(code.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the code step from the user's own address");
            Assert.That(await home.OpensAsync("/triage"), Is.True, "the user is in");
        });
    }

    [Test]
    public async Task Should_lock_a_guessing_address_for_every_name_and_longer_each_time()
    {
        var (user, _) = await _stack.AddUserAsync(PortalRoles.Sdv);
        using var guesser = NewSession();
        for (var i = 0; i < 6; i++)
            await guesser.PostPasswordAsync($"geraden-{i}", "iets");
        await guesser.PostPasswordAsync(user.Name, PortalUsers.Password);
        var refusedWhileLocked = !guesser.Cookies.ContainsKey("signalhub-inloggen");
        _clock.Advance(TimeSpan.FromMinutes(16));
        await guesser.PostPasswordAsync(user.Name, PortalUsers.Password);
        var inAfterTheLock = guesser.Cookies.ContainsKey("signalhub-inloggen");
        using var again = NewSession(_address);
        for (var i = 0; i < 6; i++)
            await again.PostPasswordAsync($"weer-{i}", "iets");
        _clock.Advance(TimeSpan.FromMinutes(16));
        await again.PostPasswordAsync(user.Name, PortalUsers.Password);
        var stillLocked = !again.Cookies.ContainsKey("signalhub-inloggen");
        _clock.Advance(TimeSpan.FromMinutes(15));
        await again.PostPasswordAsync(user.Name, PortalUsers.Password);
        Assert.Multiple(() =>
        {
            Assert.That(refusedWhileLocked, Is.True, "a known name's right password from a locked address");
            Assert.That(inAfterTheLock, Is.True, "after the first lock (15 minutes)");
            Assert.That(stillLocked, Is.True, "the second lock lasts 30 minutes");
            Assert.That(again.Cookies.Keys, Has.Member("signalhub-inloggen"), "after the second lock");
        });
    }

    [Test]
    public async Task Should_lock_an_account_longer_each_time_it_is_locked_in_a_row()
    {
        var (user, _) = await _stack.AddUserAsync(PortalRoles.Sdv);
        var lengths = new List<TimeSpan>();
        for (var lockNumber = 0; lockNumber < 2; lockNumber++)
        {
            using var guesser = NewSession();
            for (var i = 0; i < 3; i++)
                await guesser.PostPasswordAsync(user.Name, $"fout-{lockNumber}-{i}");
            var stored = await _stack.Get<UserStore>().FindAsync(user.Id, CancellationToken.None);
            lengths.Add(stored!.LockedUntil!.Value - _clock.GetUtcNow().UtcDateTime);
            _clock.Advance(lengths[^1] + TimeSpan.FromSeconds(1));
        }
        Assert.That(lengths.Select(l => Math.Round(l.TotalMinutes)), Is.EqualTo(new[] { 15.0, 30.0 }));
    }

    /// <summary>Every session from an address of its own (127.0.0.N), unless told which.</summary>
    private PortalSession NewSession(int? address = null) =>
        new(_stack, IPAddress.Parse($"127.0.0.{address ?? Interlocked.Increment(ref _address)}"));

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]+\"")]
    private static partial Regex Token();
}
