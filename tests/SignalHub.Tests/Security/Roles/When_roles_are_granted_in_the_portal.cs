using System.Net;
using Dapper;
using SignalHub.Security.Access;
using SignalHub.Security.Accounts;
using SignalHub.Storage;
using SignalHub.Tests.Fixtures;
using SignalHub.Tests.Portal;
using static SignalHub.Security.Accounts.PortalRoles;

namespace SignalHub.Tests.Security.Roles;

/// <summary>
/// The role-grant table through the real portal, for every pair (granting role, granted role): adding an account,
/// changing a role and removing an account. What the test expects is its own copy of the table in docs/security.md, so a
/// change to the policy that the documentation does not share fails here.
/// </summary>
[TestFixture(StackKind.SqliteInMemory)]
[TestFixture(StackKind.PostgresRabbitMq)]
public sealed class When_roles_are_granted_in_the_portal(StackKind kind)
{
    private const string Page = "/beheer/gebruikers";
    private const string D = "direct", A = "second coordinator", R = "refused", Forbidden = "no page";

    /// <summary>docs/security.md, "Role-grant table": granting role (row) by granted role (column, in <see cref="PortalRoles.All"/> order).</summary>
    private static readonly Dictionary<string, string[]> Documented = new()
    {
        //                   partner sdv wijkteam budgetcoach coordinator administrator privacy_officer
        [Partner] = [Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden],
        [Sdv] = [Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden],
        [Wijkteam] = [Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden],
        [BudgetCoach] = [Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden],
        [Coordinator] = [D, D, D, D, A, A, A],
        [Administrator] = [D, D, D, D, R, R, R],
        [PrivacyOfficer] = [Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden],
    };

    private SignalHubStack _stack = null!;
    private Guid _partnerId;
    private readonly Dictionary<string, SignedInUser> _actors = [];
    private SignedInUser _secondCoordinator = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _stack = await SignalHubStack.StartAsync(kind);
        _partnerId = (await _stack.RegisterAsync("Woonstichting Rollen", "housing")).Partner.Id;
        foreach (var role in All)
            _actors[role] = await _stack.SignInAsync(role, role == Partner ? _partnerId : null, role == Wijkteam ? "Wijkteam Noord" : null);
        _secondCoordinator = await _stack.SignInAsync(Coordinator);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        foreach (var actor in _actors.Values.Append(_secondCoordinator))
            actor.Session.Dispose();
        await _stack.DisposeAsync();
    }

    private static IEnumerable<TestCaseData> Pairs() =>
        from actor in All from role in All select new TestCaseData(actor, role).SetName($"{actor} grants {role}");

    private static string Expected(string actor, string role) => Documented[actor][All.ToList().IndexOf(role)];

    [Test]
    public void Should_be_the_documented_table()
    {
        Assert.Multiple(() =>
        {
            foreach (var actor in All)
                foreach (var role in All)
                {
                    var rule = RoleGrants.RuleFor(actor, role);
                    var documented = Expected(actor, role) switch { D => GrantRule.Direct, A => GrantRule.SecondApprover, _ => GrantRule.Refused };
                    Assert.That(rule, Is.EqualTo(documented), $"{actor} grants {role}");
                }
        });
    }

    [TestCaseSource(nameof(Pairs))]
    public async Task Should_add_an_account_only_as_the_table_says(string actor, string role)
    {
        var name = $"nieuw-{Guid.NewGuid():N}"[..18];
        using var response = await PostAsync(_actors[actor], "toevoegen", ("naam", name), ("rol", role), ("partner", _partnerId.ToString()), ("team", "Wijkteam Zuid"));
        var user = await _stack.Get<UserStore>().FindByNameAsync(name, CancellationToken.None);
        var pending = await PendingForAsync(name);
        var audit = (await _stack.AuditOfAsync(_actors[actor])).Select(a => a.Action).ToList();
        Assert.Multiple(() =>
        {
            switch (Expected(actor, role))
            {
                case Forbidden:
                    Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
                    Assert.That((user, pending), Is.EqualTo(((UserAccount?)null, 0)));
                    break;
                case D:
                    Assert.That(user?.Role, Is.EqualTo(role), "made at once");
                    Assert.That(audit, Has.Member("user.add"));
                    break;
                case A:
                    Assert.That((user, pending), Is.EqualTo(((UserAccount?)null, 1)), "waits for a second coordinator");
                    Assert.That(audit, Has.Member("user.grant-requested"));
                    break;
                default:
                    Assert.That((user, pending), Is.EqualTo(((UserAccount?)null, 0)), "refused");
                    Assert.That(audit, Has.Member("user.grant-refused"));
                    break;
            }
        });
    }

    private static IEnumerable<TestCaseData> Changes() =>
        from actor in new[] { Coordinator, Administrator } from was in All from now in All where was != now
        select new TestCaseData(actor, was, now).SetName($"{actor} changes {was} into {now}");

    [TestCaseSource(nameof(Changes))]
    public async Task Should_change_a_role_only_as_the_table_says_for_both_roles(string actor, string from, string to)
    {
        var (target, _) = await _stack.AddUserAsync(from, from == Partner ? _partnerId : null, from == Wijkteam ? "Wijkteam Oost" : null, UniqueName());
        using var response = await PostAsync(_actors[actor], "rol", ("id", target.Id.ToString()), ("rol", to), ("partner", _partnerId.ToString()), ("team", "Wijkteam Zuid"));
        var after = await _stack.Get<UserStore>().FindAsync(target.Id, CancellationToken.None);
        var expected = Stricter(Expected(actor, from), Expected(actor, to));
        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(after!.Role, Is.EqualTo(expected == D ? to : from));
            Assert.That(await PendingForAsync(target.Name), Is.EqualTo(expected == A ? 1 : 0));
        });
    }

    [TestCaseSource(nameof(Pairs))]
    public async Task Should_remove_an_account_only_as_the_table_says(string actor, string role)
    {
        var (target, _) = await _stack.AddUserAsync(role, role == Partner ? _partnerId : null, role == Wijkteam ? "Wijkteam Oost" : null, UniqueName());
        using var response = await PostAsync(_actors[actor], "verwijderen", ("id", target.Id.ToString()));
        var after = await _stack.Get<UserStore>().FindAsync(target.Id, CancellationToken.None);
        var expected = Expected(actor, role);
        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(expected == Forbidden ? HttpStatusCode.Forbidden : HttpStatusCode.Redirect));
            Assert.That(after is null, Is.EqualTo(expected == D), "removed only where the table says direct");
            Assert.That(await PendingForAsync(target.Name), Is.EqualTo(expected == A ? 1 : 0));
        });
    }

    [TestCase(Coordinator)]
    [TestCase(Administrator)]
    [TestCase(PrivacyOfficer)]
    public async Task Should_grant_an_elevated_role_only_when_a_second_coordinator_approves(string role)
    {
        var requester = _actors[Coordinator];
        var name = $"hoog-{Guid.NewGuid():N}"[..16];
        using (await PostAsync(requester, "toevoegen", ("naam", name), ("rol", role), ("partner", ""), ("team", ""))) { }
        var request = (await _stack.Get<RoleRequestStore>().PendingAsync(CancellationToken.None)).Single(r => r.UserName == name);

        using var ownApproval = await PostAsync(requester, "goedkeuren", ("id", request.Id.ToString()));
        var afterOwn = await _stack.Get<UserStore>().FindByNameAsync(name, CancellationToken.None);
        using var approval = await PostAsync(_secondCoordinator, "goedkeuren", ("id", request.Id.ToString()));
        var html = await approval.Content.ReadAsStringAsync();
        var user = await _stack.Get<UserStore>().FindByNameAsync(name, CancellationToken.None);
        var password = System.Text.RegularExpressions.Regex.Match(html, "data-password>([^<]+)<").Groups[1].Value;

        var requested = (await _stack.AuditOfAsync(requester)).Select(a => a.Action).ToList();
        var approved = (await _stack.AuditOfAsync(_secondCoordinator)).Select(a => a.Action).ToList();
        Assert.Multiple(async () =>
        {
            Assert.That(afterOwn, Is.Null, "the one who asked cannot approve it");
            Assert.That(user?.Role, Is.EqualTo(role), "made when the second coordinator approves");
            Assert.That(UserStore.PasswordMatches(user!, password), Is.True, "its one-time password is shown to the approver, once");
            Assert.That(requested, Is.SupersetOf(new[] { "user.grant-requested", "user.grant-refused" }));
            Assert.That(approved, Is.SupersetOf(new[] { "user.grant-approved", "user.add" }));
            Assert.That(await PendingForAsync(name), Is.Zero);
        });
    }

    [Test]
    public async Task Should_let_an_administrator_not_make_a_coordinator_nor_reset_one_s_second_factor()
    {
        var (coordinator, _) = await _stack.AddUserAsync(Coordinator, name: UniqueName());
        var admin = _actors[Administrator];
        using (await PostAsync(admin, "toevoegen", ("naam", "beheer-maakt-coordinator"), ("rol", Coordinator), ("partner", ""), ("team", ""))) { }
        using (await PostAsync(admin, "totp", ("id", coordinator.Id.ToString()))) { }
        using (await PostAsync(admin, "rol", ("id", admin.Account.Id.ToString()), ("rol", Coordinator), ("partner", ""), ("team", ""))) { }
        var users = _stack.Get<UserStore>();
        Assert.Multiple(async () =>
        {
            Assert.That(await users.FindByNameAsync("beheer-maakt-coordinator", CancellationToken.None), Is.Null);
            Assert.That((await users.FindAsync(coordinator.Id, CancellationToken.None))!.TotpSecret, Is.Not.Null, "a coordinator's second factor stays");
            Assert.That((await users.FindAsync(admin.Account.Id, CancellationToken.None))!.Role, Is.EqualTo(Administrator), "no one raises its own role");
        });
    }

    private static string UniqueName() => $"rol-{Guid.NewGuid():N}";

    private static string Stricter(string a, string b) =>
        new[] { a, b }.Contains(Forbidden) ? Forbidden : new[] { a, b }.Contains(R) ? R : new[] { a, b }.Contains(A) ? A : D;

    private Task<long> PendingForAsync(string name) =>
        _stack.CountAsync("SELECT COUNT(*) FROM role_requests WHERE user_name = @Name AND outcome IS NULL", new { Name = name });

    /// <summary>Posts a handler of the users page with a valid form token, also for a role that may not open the page.</summary>
    private static async Task<HttpResponseMessage> PostAsync(SignedInUser actor, string handler, params (string Name, string Value)[] fields)
    {
        var token = PortalSession.AntiforgeryToken(await actor.Session.GetPageAsync("/uitloggen"));
        var form = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token));
        return await actor.Session.PostAsync($"{Page}?handler={handler}", new FormUrlEncodedContent(form));
    }
}
