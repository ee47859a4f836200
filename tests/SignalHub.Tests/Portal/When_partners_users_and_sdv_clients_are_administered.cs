using System.Net;
using SignalHub.Dispatch;
using SignalHub.Partners;
using SignalHub.Registers;
using SignalHub.Security.Accounts;
using SignalHub.Tests.Fixtures;
using SignalHub.Tests.Security;
using static SignalHub.Security.Accounts.PortalRoles;

namespace SignalHub.Tests.Portal;

/// <summary>
/// Partners, users and the SDV client list under /beheer: each form refuses a bad value next to its field, a secret (the
/// first API key, the one-time password) is shown once and never its hash, and each change is on the audit chain.
/// </summary>
[TestFixture(StackKind.SqliteInMemory)]
[TestFixture(StackKind.PostgresRabbitMq)]
public sealed class When_partners_users_and_sdv_clients_are_administered(StackKind kind)
{
    private SignalHubStack _stack = null!;
    private SignedInUser _coordinator = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _stack = await SignalHubStack.StartAsync(kind);
        _coordinator = await _stack.SignInAsync(Coordinator);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _coordinator.Session.Dispose();
        await _stack.DisposeAsync();
    }

    [Test]
    public async Task A_partner_added_should_show_its_first_key_once_and_be_audited()
    {
        using var response = await _coordinator.Session.PostFormAsync("/beheer/partners",
            [new("naam", "Drinkwater Beheer"), new("soort", "water"), new("contactpersoon", "J. Test"), new("email", "j.test@drinkwater.example")]);
        var html = await response.Content.ReadAsStringAsync();
        var partner = await _stack.Get<PartnerStore>().FindByNameAsync("Drinkwater Beheer", CancellationToken.None);
        var list = await _coordinator.Session.GetPageAsync("/beheer/partners");

        Assert.Multiple(async () =>
        {
            Assert.That(partner, Is.Not.Null);
            Assert.That((partner!.Type, partner.CostTypes, partner.ContactEmail), Is.EqualTo(("water", "water", "j.test@drinkwater.example")));
            Assert.That(html, Does.Match("class=\"utrecht-paragraph one-time-secret\">shk_"), "the first key, once");
            Assert.That(list, Does.Not.Contain("shk_"), "never again");
            Assert.That(list, Does.Contain("Drinkwaterbedrijf (Water)"), "the type in DDAS words");
            Assert.That((await _stack.AuditOfAsync(_coordinator)).Select(a => (a.Action, a.SubjectId)), Has.Member(("partner.add", partner.Id.ToString())));
        });
    }

    [TestCase("", "water", "", "naam", "Vul de naam van de partner in")]
    [TestCase("Partner Zonder Soort", "", "", "soort", "Kies het soort partner")]
    [TestCase("Partner Onbekend", "duo", "", "soort", "Kies het soort partner")]
    [TestCase("Partner Mail", "energy", "geen-adres", "email", "Vul een geldig e-mailadres in")]
    public async Task A_bad_partner_should_be_refused_next_to_its_field(string name, string type, string email, string field, string message)
    {
        using var response = await _coordinator.Session.PostFormAsync("/beheer/partners", [new("naam", name), new("soort", type), new("email", email)]);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Match($"id=\"{field}-fout\">[^<]*{message}"));
            Assert.That(html, Does.Not.Contain("one-time-secret"));
        });
    }

    [Test]
    public async Task A_user_added_should_get_a_one_time_password_shown_once_and_sign_in_with_it()
    {
        var (partner, _) = await _stack.RegisterAsync("Energie Gebruiker", "energy");
        using var response = await _coordinator.Session.PostHandlerAsync("/beheer/gebruikers", "toevoegen",
            ("naam", "energie-medewerker"), ("rol", PortalRoles.Partner), ("partner", partner.Id.ToString()), ("team", ""));
        var html = await response.Content.ReadAsStringAsync();
        var user = await _stack.Get<UserStore>().FindByNameAsync("energie-medewerker", CancellationToken.None);
        var password = System.Text.RegularExpressions.Regex.Match(html, "data-password>([^<]+)<").Groups[1].Value;
        var list = await _coordinator.Session.GetPageAsync("/beheer/gebruikers");

        Assert.Multiple(async () =>
        {
            Assert.That((user?.Role, user?.PartnerId), Is.EqualTo((PortalRoles.Partner, (Guid?)partner.Id)));
            Assert.That(UserStore.PasswordMatches(user!, password), Is.True, "the password shown is the account's");
            Assert.That(list, Does.Not.Contain(password).And.Not.Contain(user!.PasswordHash).And.Contain("Wachtwoordbeleid"));
            Assert.That((await _stack.AuditOfAsync(_coordinator)).Select(a => (a.Action, a.SubjectId)), Has.Member(("user.add", user.Id.ToString())));
        });
    }

    [TestCase("", Sdv, "", "", "naam", "Vul de gebruikersnaam in")]
    [TestCase("zonder-rol", "", "", "", "rol-partner", "Kies de rol")]
    [TestCase("zonder-partner", PortalRoles.Partner, "", "", "partner", "Kies de partner")]
    [TestCase("zonder-team", Wijkteam, "", "", "team", "Vul het wijkteam in")]
    public async Task A_bad_user_should_be_refused_next_to_its_field(string name, string role, string partner, string team, string field, string message)
    {
        using var response = await _coordinator.Session.PostHandlerAsync("/beheer/gebruikers", "toevoegen",
            ("naam", name), ("rol", role), ("partner", partner), ("team", team));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(html, Does.Match($"id=\"{field}-fout\">[^<]*{message}"));
            Assert.That(await _stack.Get<UserStore>().FindByNameAsync(name, CancellationToken.None), Is.Null);
        });
    }

    [Test]
    public async Task A_locked_user_should_be_unlocked_and_a_lost_phone_reset()
    {
        var (user, _) = await _stack.AddUserAsync(Sdv, name: "vergeten-telefoon");
        var users = _stack.Get<UserStore>();
        await users.RecordFailureAsync(user.Id, 1, DateTime.UtcNow.AddYears(1), CancellationToken.None);
        using var unlock = await _coordinator.Session.PostHandlerAsync("/beheer/gebruikers", "deblokkeren", ("id", user.Id.ToString()));
        await _coordinator.Session.FollowAsync(unlock);
        using var reset = await _coordinator.Session.PostHandlerAsync("/beheer/gebruikers", "totp", ("id", user.Id.ToString()));
        var page = await _coordinator.Session.FollowAsync(reset);

        var after = (await users.FindAsync(user.Id, CancellationToken.None))!;
        var actions = (await _stack.AuditOfAsync(_coordinator)).Where(a => a.SubjectId == user.Id.ToString()).Select(a => a.Action);
        Assert.Multiple(() =>
        {
            Assert.That((after.LockedUntil, after.FailedAttempts), Is.EqualTo(((DateTime?)null, 0)));
            Assert.That((after.TotpSecret, after.TotpConfirmed), Is.EqualTo(((string?)null, false)));
            Assert.That(page, Does.Contain("De tweede factor van vergeten-telefoon is gewist"));
            Assert.That(actions, Is.SupersetOf(new[] { "user.unlock", "user.reset-totp" }));
        });
    }

    [Test]
    public async Task An_sdv_client_added_and_removed_should_be_on_and_off_the_list_and_audited()
    {
        using var added = await _coordinator.Session.PostHandlerAsync("/beheer/sdv-clienten", "toevoegen", ("dossier", "A-900"), ("achternaam", "Testmans"),
            ("geboortedatum", "03-04-1985"), ("postcode", "2011 ab"), ("huisnummer", "12"), ("huisletter", "b"), ("toevoeging", ""), ("consulent", ""));
        var page = await _coordinator.Session.FollowAsync(added);
        var client = (await _stack.Get<SdvClientList>().PageAsync(1, 50, CancellationToken.None)).Clients.Single(c => c.CaseReference == "A-900");
        using var removed = await _coordinator.Session.PostHandlerAsync("/beheer/sdv-clienten", "verwijderen", ("id", client.Id.ToString()));
        var after = await _coordinator.Session.FollowAsync(removed);

        var actions = (await _stack.AuditOfAsync(_coordinator)).Where(a => a.SubjectId == client.Id.ToString()).Select(a => a.Action);
        Assert.Multiple(() =>
        {
            Assert.That((client.AddressKey, client.BirthDate), Is.EqualTo(("2011AB-12-B-", (DateOnly?)new DateOnly(1985, 4, 3))));
            Assert.That(page, Does.Contain("<td>A-900</td>").And.Contain("2011AB 12B").And.Contain("3 april 1985"));
            Assert.That(after, Does.Not.Contain("<td>A-900</td>"));
            Assert.That(actions, Is.EquivalentTo(new[] { "sdv-client.add", "sdv-client.remove" }));
        });
    }

    [TestCase("", "Jansen", "", "2011AB", "1", "dossier", "Vul het dossiernummer")]
    [TestCase("SDV-1", "", "", "2011AB", "1", "achternaam", "Vul de achternaam in")]
    [TestCase("SDV-1", "Jansen", "31-02-1980", "2011AB", "1", "geboortedatum", "Vul de geboortedatum in")]
    [TestCase("SDV-1", "Jansen", "", "201AB", "1", "postcode", "Vul een geldige postcode in")]
    [TestCase("SDV-1", "Jansen", "", "2011AB", "", "huisnummer", "Vul het huisnummer in")]
    public async Task A_bad_sdv_client_should_be_refused_next_to_its_field(string reference, string surname, string born, string postcode, string number,
        string field, string message)
    {
        using var response = await _coordinator.Session.PostHandlerAsync("/beheer/sdv-clienten", "toevoegen", ("dossier", reference), ("achternaam", surname),
            ("geboortedatum", born), ("postcode", postcode), ("huisnummer", number));
        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Match($"id=\"{field}-fout\">[^<]*{message}"));
        });
    }

    [Test]
    public async Task A_long_sdv_list_should_be_paged()
    {
        var rows = Enumerable.Range(1, 60).Select(i => $"P-{i:000};Pagina;;2011AB;{i};;;");
        var csv = "dossiernummer;achternaam;geboortedatum;postcode;huisnummer;huisletter;toevoeging;consulent\n" + string.Join("\n", rows) + "\n";
        using var imported = await _coordinator.Session.PostFileAsync("/beheer/sdv-clienten", "importeren", "sdv.csv", csv);
        var first = await _coordinator.Session.GetPageAsync("/beheer/sdv-clienten");
        var second = await _coordinator.Session.GetPageAsync("/beheer/sdv-clienten?pagina=2");

        Assert.Multiple(async () =>
        {
            Assert.That(await imported.Content.ReadAsStringAsync(), Does.Contain("60 regels ingelezen, 0 regels overgeslagen"));
            Assert.That(first, Does.Contain("<td>P-050</td>").And.Not.Contain("<td>P-051</td>").And.Contain("pagina=2"));
            Assert.That(second, Does.Contain("<td>P-051</td>").And.Contain("<td>P-060</td>").And.Not.Contain("<td>P-001</td>"));
        });
    }
}
