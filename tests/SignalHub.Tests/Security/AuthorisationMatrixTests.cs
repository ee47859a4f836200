using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using SignalHub.Tests.Fixtures;
using static SignalHub.Security.Accounts.PortalRoles;
using static SignalHub.Tests.Fixtures.PartnerFiles;

namespace SignalHub.Tests.Security;

/// <summary>
/// Every endpoint and page of the app's own route table, against every role: allowed, refused, or not found for
/// another scope's id. An endpoint that is not in <see cref="Expected"/>, or that declares no policy, fails.
/// </summary>
public sealed class AuthorisationMatrixTests
{
    private const string Anonymous = "anonymous";
    private const string PartnerKey = "partner API key";

    private static readonly string[] Staff = [Sdv, Wijkteam, BudgetCoach, Coordinator, Administrator, PrivacyOfficer];

    /// <summary>Route pattern: who may, and the path a request uses ({delivery} is the own partner's delivery).</summary>
    private static readonly Dictionary<string, (string[] Allowed, string Path)> Expected = new()
    {
        [""] = (Staff, "/"),
        ["aanleveren"] = ([Partner, Coordinator], "/aanleveren"),
        ["aanleveren/bevestigen/{id:guid}"] = ([Partner, Coordinator], "/aanleveren/bevestigen/01a25278-0000-7000-8000-000000000001"),
        ["leveringen"] = ([Partner, Coordinator, Administrator], "/leveringen"),
        ["leveringen/{id:guid}/{handler:regex(^(fouten|status)$)?}"] = ([Partner, Coordinator, Administrator], "/leveringen/{delivery}"),
        ["triage"] = ([Sdv, Coordinator], "/triage"),
        ["zaken"] = ([Sdv, Wijkteam, BudgetCoach, Coordinator], "/zaken"),
        ["terugkoppeling"] = ([Partner, Coordinator], "/terugkoppeling"),
        ["rapportage"] = ([Coordinator, Administrator], "/rapportage"),
        ["mislukte-berichten"] = ([Coordinator, Administrator], "/mislukte-berichten"),
        ["/api/v1/exports/ddas"] = ([Coordinator], "/api/v1/exports/ddas?from=2026-10-01&to=2026-10-31"),
        ["fout/{code:int}"] = ([Anonymous], "/fout/400"),
        ["inloggen"] = ([Anonymous], "/inloggen"),
        ["inloggen/code"] = ([Anonymous], "/inloggen/code"),
        ["uitloggen"] = ([Anonymous], "/uitloggen"),
        ["/health/live"] = ([Anonymous], "/health/live"),
        ["/health/ready"] = ([Anonymous], "/health/ready"),
        ["/openapi/{documentName}.json"] = ([Anonymous], "/openapi/v1.json"),
        ["/api/v1/deliveries/"] = ([PartnerKey], "/api/v1/deliveries/"),
        ["/api/v1/deliveries/{id:guid}"] = ([PartnerKey], "/api/v1/deliveries/{delivery}"),
        ["/api/v1/deliveries/{id:guid}/errors.csv"] = ([PartnerKey], "/api/v1/deliveries/{delivery}/errors.csv"),
        ["/api/v1/feedback/"] = ([PartnerKey], "/api/v1/feedback/"),
        ["/api/v1/feedback/quality"] = ([PartnerKey], "/api/v1/feedback/quality"),
        ["/api/v1/keys/"] = ([PartnerKey], "/api/v1/keys/"),
        ["/api/v1/keys/{id:guid}"] = ([PartnerKey], "/api/v1/keys/{delivery}"),
        ["/api/v1/signals/{reference}/withdraw"] = ([PartnerKey], "/api/v1/signals/R-1/withdraw"),
        // triage ({match} is the own delivery's match)
        ["triage/{id:guid}"] = ([Sdv, Coordinator], "/triage/{match}"),
        ["triage/zonder-team"] = ([Coordinator], "/triage/zonder-team"),
        // Outreach: the case page ({case} is a case of the wijkteam user's own team), the visit list, the budget coach
        ["zaken/{id:guid}"] = ([Sdv, Wijkteam, BudgetCoach, Coordinator], "/zaken/{case}"),
        ["bezoeklijst"] = ([Wijkteam, Coordinator], "/bezoeklijst"),
        ["budgetcoach"] = ([BudgetCoach, Coordinator], "/budgetcoach"),
        // Administration and audit.
        ["beheer"] = ([Coordinator, Administrator], "/beheer"),
        ["beheer/partners"] = ([Coordinator, Administrator], "/beheer/partners"),
        ["beheer/gebieden"] = ([Coordinator, Administrator], "/beheer/gebieden"),
        ["beheer/sdv-clienten"] = ([Coordinator, Administrator], "/beheer/sdv-clienten"),
        ["beheer/gebruikers"] = ([Coordinator, Administrator], "/beheer/gebruikers"),
        ["audit"] = ([PrivacyOfficer, Coordinator], "/audit"),
        ["api-sleutels"] = ([Partner], "/api-sleutels"),
    };

    private SignalHubStack _stack = null!;
    private readonly Dictionary<string, SignedInUser> _users = [];
    private Guid _ownDelivery;
    private Guid _otherDelivery;
    private Guid _ownMatch;
    private Guid _ownCase;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _stack = await SignalHubStack.StartAsync(StackKind.SqliteInMemory, new Dictionary<string, string?>(Export.Ddas.DdasMonth.Settings));
        await _stack.AddAreaAsync("2011AA", "2011ZZ", "Wijkteam Noord");
        var (own, ownKey) = await _stack.RegisterAsync("Woonstichting Matrix", "housing");
        var (_, otherKey) = await _stack.RegisterAsync("Woonstichting Ander", "housing");
        _ownDelivery = (await _stack.UploadAsync(ownKey, "2026-10", Csv(Row("M-1", "huur", "Jansen", "12", "2011AB")))).DeliveryId;
        _otherDelivery = (await _stack.UploadAsync(otherKey, "2026-10", Csv(Row("A-1", "huur", "de Vries", "4", "2011AB")))).DeliveryId;
        _ownMatch = await Dispatch.RoutingScenario.MatchIdAsync(_stack, "2026-10", "2011AB", 12);
        _ownCase = await _stack.Get<SignalHub.Storage.Database>().ReadAsync(c => Dapper.SqlMapper.QueryFirstAsync<Guid>(c,
            "SELECT id FROM cases WHERE team = 'Wijkteam Noord'"), CancellationToken.None);
        foreach (var role in All)
            _users[role] = await _stack.SignInAsync(role, role == Partner ? own.Id : null, role == Wijkteam ? "Wijkteam Noord" : null);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        foreach (var user in _users.Values)
            user.Session.Dispose();
        await _stack.DisposeAsync();
    }

    private IEnumerable<RouteEndpoint> RouteTable() =>
        _stack.Get<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();

    [Test]
    public void Every_endpoint_is_in_the_matrix_and_declares_its_policy()
    {
        var routes = RouteTable().ToList();
        Assert.Multiple(() =>
        {
            foreach (var endpoint in routes)
            {
                var pattern = endpoint.RoutePattern.RawText ?? "";
                Assert.That(Expected.Keys, Has.Member(pattern), $"{endpoint.DisplayName} ({pattern}) is missing from the matrix");
                var declares = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null || endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Any();
                Assert.That(declares, Is.True, $"{endpoint.DisplayName} ({pattern}) declares no policy");
            }
            Assert.That(routes.Select(r => r.RoutePattern.RawText), Is.SupersetOf(Expected.Keys), "the matrix names an endpoint that no longer exists");
        });
    }

    private static IEnumerable<TestCaseData> Cells() =>
        from page in Expected
        where !page.Value.Allowed.Contains(PartnerKey)
        from role in All.Append(Anonymous)
        select new TestCaseData(page.Key, role).SetName($"{role} on {page.Value.Path}");

    [TestCaseSource(nameof(Cells))]
    public async Task Each_role_opens_only_its_pages(string pattern, string role)
    {
        var (allowed, template) = Expected[pattern];
        var path = template.Replace("{delivery}", _ownDelivery.ToString(), StringComparison.Ordinal)
            .Replace("{match}", _ownMatch.ToString(), StringComparison.Ordinal)
            .Replace("{case}", _ownCase.ToString(), StringComparison.Ordinal);
        using var session = role == Anonymous ? new PortalSession(_stack) : null;
        using var response = await (session ?? _users[role].Session).GetAsync(path);
        var status = (int)response.StatusCode;
        if (allowed.Contains(Anonymous))
            Assert.That(status, Is.Not.EqualTo(403).And.Not.EqualTo(401), $"{path} is open to everyone");
        else if (role == Anonymous && path.StartsWith("/api/", StringComparison.Ordinal))
            Assert.That(status, Is.EqualTo(401), $"{path} tells a stranger 401");
        else if (role == Anonymous)
            Assert.That(response.Headers.Location?.AbsolutePath, Is.EqualTo("/inloggen"), $"{path} sends a stranger to sign in");
        else if (allowed.Contains(role))
            Assert.That(status, Is.EqualTo(200), $"{role} may open {path}");
        else
            Assert.That(status, Is.EqualTo(403), $"{role} may not open {path}");
    }

    [TestCaseSource(nameof(ApiCells))]
    public async Task The_partner_API_takes_only_a_partner_key_never_a_portal_session(string pattern, string role)
    {
        var path = Expected[pattern].Path.Replace("{delivery}", _ownDelivery.ToString(), StringComparison.Ordinal);
        using var session = role == Anonymous ? new PortalSession(_stack) : null;
        var methods = RouteTable().Where(e => e.RoutePattern.RawText == pattern)
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).ToList();
        Assert.That(methods, Is.Not.Empty);
        foreach (var method in methods)
        {
            using var response = await (session ?? _users[role].Session).SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), $"{role}: {method} {path}");
        }
    }

    private static IEnumerable<TestCaseData> ApiCells() =>
        from page in Expected
        where page.Value.Allowed.Contains(PartnerKey)
        from role in All.Append(Anonymous)
        select new TestCaseData(page.Key, role).SetName($"{role} on the API {page.Value.Path}");

    [TestCase("/leveringen/{0}")]
    [TestCase("/leveringen/{0}/fouten")]
    [TestCase("/leveringen/{0}/status")]
    public async Task A_partner_guessing_another_partner_s_delivery_finds_nothing(string template)
    {
        using var response = await _users[Partner].Session.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, _otherDelivery));
        using var coordinator = await _users[Coordinator].Session.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, _otherDelivery));
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(coordinator.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the coordinator sees every partner's");
        });
    }

    [Test]
    public async Task A_partner_sees_only_its_own_deliveries_even_when_it_asks_for_another()
    {
        var other = (await _stack.Get<SignalHub.Partners.PartnerStore>().FindByNameAsync("Woonstichting Ander", CancellationToken.None))!;
        var list = await _users[Partner].Session.GetPageAsync($"/leveringen?partner={other.Id}");
        var upload = await _users[Partner].Session.GetPageAsync("/aanleveren");
        Assert.Multiple(() =>
        {
            Assert.That(list, Does.Contain(_ownDelivery.ToString()).And.Not.Contain(_otherDelivery.ToString()));
            Assert.That(upload, Does.Contain("Woonstichting Matrix").And.Not.Contain("Woonstichting Ander"), "the upload form offers only the own partner");
        });
    }
}
