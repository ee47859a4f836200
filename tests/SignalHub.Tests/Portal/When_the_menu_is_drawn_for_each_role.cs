using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using SignalHub.Portal;
using SignalHub.Security.Access;
using SignalHub.Tests.Fixtures;
using SignalHub.Tests.Security;
using static SignalHub.Security.Accounts.PortalRoles;

namespace SignalHub.Tests.Portal;

/// <summary>
/// The main menu of each role shows the pages that role may open and no other, with the user's name, role and a way to
/// sign out; a page for visitors who are not signed in shows no menu at all.
/// </summary>
public sealed partial class When_the_menu_is_drawn_for_each_role
{
    private SignalHubStack _stack = null!;
    private readonly Dictionary<string, SignedInUser> _users = [];

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _stack = await SignalHubStack.StartAsync(StackKind.SqliteInMemory);
        var (partner, _) = await _stack.RegisterAsync("Woonstichting Menu", "housing");
        foreach (var role in All)
            _users[role] = await _stack.SignInAsync(role, role == Partner ? partner.Id : null, role == Wijkteam ? "Wijkteam Menu" : null);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        foreach (var user in _users.Values)
            user.Session.Dispose();
        await _stack.DisposeAsync();
    }

    [TestCase(Partner, "Aanleveren,Leveringen,Terugkoppeling,API-sleutels", "Overzicht,Triage,Zaken,Bezoeklijst,Beheer,Auditlog,Rapportage")]
    [TestCase(Sdv, "Overzicht,Triage,Zaken", "Zonder team,Bezoeklijst,Budgetcoach,Aanleveren,Beheer,Auditlog,API-sleutels")]
    [TestCase(Wijkteam, "Overzicht,Zaken,Bezoeklijst", "Triage,Budgetcoach,Aanleveren,Beheer,Auditlog")]
    [TestCase(BudgetCoach, "Overzicht,Zaken,Budgetcoach", "Triage,Bezoeklijst,Beheer,Auditlog")]
    [TestCase(Coordinator, "Overzicht,Triage,Zonder team,Zaken,Bezoeklijst,Budgetcoach,Aanleveren,Leveringen,Terugkoppeling,Rapportage,Beheer", "API-sleutels,Mislukte berichten,Auditlog")]
    [TestCase(Administrator, "Overzicht,Leveringen,Rapportage,Beheer", "Triage,Zonder team,Zaken,Bezoeklijst,Budgetcoach,Mislukte berichten,Auditlog,API-sleutels")]
    [TestCase(PrivacyOfficer, "Overzicht,Auditlog", "Zaken,Triage,Beheer,Leveringen,Budgetcoach")]
    public async Task Should_show_the_role_its_own_pages_and_not_the_others(string role, string shown, string hidden)
    {
        var html = await _users[role].Session.GetPageAsync(PortalAccess.HomeOf(role));
        var labels = Menu(html).Select(l => l.Label).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(labels, Is.SupersetOf(shown.Split(',')));
            foreach (var label in hidden.Split(','))
                Assert.That(labels, Has.No.Member(label));
            Assert.That(html, Does.Contain(_users[role].Account.Name), "the user's name");
            Assert.That(html, Does.Contain($"({System.Text.Encodings.Web.HtmlEncoder.Default.Encode(Dutch(role))})"), "the user's role");
            Assert.That(html, Does.Contain("action=\"/uitloggen\"").And.Contain(">Uitloggen</button>"), "a sign-out button");
        });
    }

    [TestCaseSource(typeof(SignalHub.Security.Accounts.PortalRoles), nameof(All))]
    public async Task Every_link_of_a_roles_menu_should_open_for_that_role(string role)
    {
        var session = _users[role].Session;
        var links = Menu(await session.GetPageAsync(PortalAccess.HomeOf(role)));
        Assert.That(links, Is.Not.Empty);
        foreach (var (href, label) in links)
        {
            using var response = await session.GetAsync(href);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{role}: {label} ({href})");
        }
    }

    [TestCase(Coordinator, "Partners,Gebieden en teams,SDV-cliëntenlijst,Gebruikers,Mislukte berichten,Auditlog")]
    [TestCase(Administrator, "Partners,Gebieden en teams,SDV-cliëntenlijst,Gebruikers,Mislukte berichten")]
    public async Task Beheer_should_list_the_administration_pages_the_role_may_open_and_each_should_open(string role, string pages)
    {
        var session = _users[role].Session;
        var html = await session.GetPageAsync("/beheer");
        var links = AdminIndexLink().Matches(html).Select(m => (Href: m.Groups[1].Value, Label: WebUtility.HtmlDecode(m.Groups[2].Value))).ToList();
        Assert.That(links.Select(l => l.Label), Is.EqualTo(pages.Split(',')));
        foreach (var (href, label) in links)
        {
            using var response = await session.GetAsync(href);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"{role}: {label} ({href})");
        }
    }

    [Test]
    public void Every_menu_href_should_be_the_route_of_the_page_it_names()
    {
        var pages = _stack.Get<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Route: "/" + e.RoutePattern.RawText, Page: e.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath))
            .Where(e => e.Page is not null).ToList();
        Assert.Multiple(() =>
        {
            foreach (var entry in PortalMenu.Entries.Where(e => PortalAccess.Pages.ContainsKey(e.PagePath)))
                Assert.That(pages, Has.Member((entry.Href == "/" ? "/" : entry.Href, (string?)entry.PagePath)), $"{entry.Label}: {entry.Href} is {entry.PagePath}");
        });
    }

    [Test]
    public async Task The_sign_out_button_of_the_menu_should_end_the_session()
    {
        var user = await _stack.SignInAsync(Coordinator);
        using var signedOut = await user.Session.PostFormAsync("/", [], "/uitloggen");
        using var after = await user.Session.GetAsync("/");
        Assert.Multiple(() =>
        {
            Assert.That(signedOut.Headers.Location?.OriginalString, Is.EqualTo("/inloggen"));
            Assert.That(after.Headers.Location?.AbsolutePath, Is.EqualTo("/inloggen"), "the overview asks to sign in again");
        });
        user.Session.Dispose();
    }

    [TestCase("/inloggen")]
    [TestCase("/fout/404")]
    public async Task A_page_for_visitors_should_show_no_menu(string path)
    {
        using var stranger = new PortalSession(_stack);
        using var response = await stranger.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.That(html, Does.Not.Contain("Hoofdmenu").And.Not.Contain(">Uitloggen</button>"));
    }

    private static List<(string Href, string Label)> Menu(string html)
    {
        var nav = MainMenu().Match(html);
        Assert.That(nav.Success, Is.True, "the page has a main menu");
        return [.. MenuLink().Matches(nav.Groups[1].Value).Select(m => (m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value)))];
    }

    [GeneratedRegex("<nav aria-label=\"Hoofdmenu\">(.*?)</nav>", RegexOptions.Singleline)]
    private static partial Regex MainMenu();

    [GeneratedRegex("<li class=\"utrecht-unordered-list__item\"><a class=\"utrecht-link\" href=\"([^\"]+)\">([^<]+)</a>:")]
    private static partial Regex AdminIndexLink();

    [GeneratedRegex("<a href=\"([^\"]+)\"[^>]*>([^<]+)</a>")]
    private static partial Regex MenuLink();
}
