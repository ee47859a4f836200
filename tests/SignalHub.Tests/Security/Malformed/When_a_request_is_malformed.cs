using System.Net;
using System.Net.Http.Headers;
using System.Text;
using SignalHub.Tests.Fixtures;
using SignalHub.Tests.Portal;
using static SignalHub.Security.Accounts.PortalRoles;
using static SignalHub.Tests.Fixtures.PartnerFiles;

namespace SignalHub.Tests.Security.Malformed;

/// <summary>
/// Every malformed request a hostile tester sent answers 400 (or 404 for a page handler that does not exist), never 500,
/// through the real HTTP stack; and a problem detail of the partner API speaks SignalHub's words, never a library's
/// message or one of our type names.
/// </summary>
[TestFixture(StackKind.SqliteInMemory)]
[TestFixture(StackKind.PostgresRabbitMq)]
public sealed class When_a_request_is_malformed(StackKind kind)
{
    private const string Upload = "/api/v1/deliveries?period=2026-10";

    /// <summary>Words of the libraries underneath: none may reach a partner.</summary>
    private static readonly string[] LibraryWords =
        ["SignalHub.", "System.", "Microsoft.", "Exception", "LineNumber", "BytePosition", "could not be converted", "Path: $", "boundary.", "Stream"];

    private SignalHubStack _stack = null!;
    private string _apiKey = "";
    private SignedInUser _coordinator = null!;
    private Guid _delivery, _match, _case;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _stack = await SignalHubStack.StartAsync(kind, new Dictionary<string, string?>(Export.Ddas.DdasMonth.Settings));
        await _stack.AddAreaAsync("2011AA", "2011ZZ", "Wijkteam Noord");
        (_, _apiKey) = await _stack.RegisterAsync("Woonstichting Vormfout", "housing");
        _delivery = (await _stack.UploadAsync(_apiKey, "2026-10", Csv(Row("V-1", "huur", "Jansen", "12", "2011AB")))).DeliveryId;
        _match = await Dispatch.RoutingScenario.MatchIdAsync(_stack, "2026-10", "2011AB", 12);
        _case = await _stack.Get<SignalHub.Storage.Database>().ReadAsync(c => Dapper.SqlMapper.QueryFirstAsync<Guid>(c, "SELECT id FROM cases"),
            CancellationToken.None);
        _coordinator = await _stack.SignInAsync(Coordinator);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _coordinator.Session.Dispose();
        await _stack.DisposeAsync();
    }

    private static IEnumerable<TestCaseData> ApiRequests()
    {
        yield return Case("multipart without a boundary", Upload, Body("file=abc", "multipart/form-data"));
        yield return Case("multipart with an empty boundary", Upload, Body("--\r\n", "multipart/form-data; boundary=\"\""));
        yield return Case("multipart cut off before its closing boundary", Upload,
            Body("--b1\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\nContent-Type: text/csv\r\n\r\nreference;surname\r\nR-1;Jansen", "multipart/form-data; boundary=b1"));
        yield return Case("multipart cut off inside a part's headers", Upload, Body("--b1\r\nContent-Disposition: form-da", "multipart/form-data; boundary=b1"));
        yield return Case("multipart with 5,000 parts", Upload, Body(string.Concat(Enumerable.Range(0, 5000).Select(i =>
            $"--b1\r\nContent-Disposition: form-data; name=\"veld{i}\"\r\n\r\n{i}\r\n")) + "--b1--\r\n", "multipart/form-data; boundary=b1"));
        yield return Case("a form with 5,000 fields", Upload, Body(string.Join('&', Enumerable.Range(0, 5000).Select(i => $"v{i}={i}")), "application/x-www-form-urlencoded"));
        yield return Case("JSON delivery cut off", Upload, Body("{\"signals\": [ {\"reference\": \"R-1\", ", "application/json"));
        yield return Case("JSON delivery with a bad token", Upload, Body("{\"signals\": [ nope ] }", "application/json"));
        yield return Case("withdrawal with an array for a body", "/api/v1/signals/V-1/withdraw?period=2026-10", Body("[1, 2]", "application/json"));
        yield return Case("withdrawal with a number for its reason", "/api/v1/signals/V-1/withdraw?period=2026-10", Body("{\"reason\": 12}", "application/json"));
        yield return Case("withdrawal with a cut-off body", "/api/v1/signals/V-1/withdraw?period=2026-10", Body("{\"reason\": \"pa", "application/json"));
        yield return Case("withdrawal with no body", "/api/v1/signals/V-1/withdraw?period=2026-10", Body("", "application/json"));
        yield return Case("period in year 1", "/api/v1/deliveries?period=0001-01", Body("reference\nR-1\n", "text/csv"));
    }

    private static TestCaseData Case(string name, string path, Func<HttpContent> body) => new TestCaseData(path, body).SetName(name);

    private static Func<HttpContent> Body(string text, string contentType) => () =>
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    };

    [TestCaseSource(nameof(ApiRequests))]
    public async Task Should_answer_the_partner_API_with_400_in_its_own_words(string path, Func<HttpContent> body)
    {
        using var client = _stack.Client(_apiKey);
        using var content = body();
        using var response = await client.PostAsync(path, content);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(400), text);
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), text);
            foreach (var word in LibraryWords)
                Assert.That(text, Does.Not.Contain(word), "library words in the answer");
        });
    }

    private static readonly string[] Pages =
    [
        "/", "/zaken/{case}", "/triage/{match}", "/leveringen/{delivery}", "/leveringen", "/aanleveren", "/triage", "/zaken", "/terugkoppeling",
        "/rapportage", "/mislukte-berichten", "/triage/zonder-team", "/bezoeklijst", "/budgetcoach", "/beheer/partners", "/beheer/gebieden",
        "/beheer/sdv-clienten", "/beheer/gebruikers", "/audit",
    ];

    [TestCaseSource(nameof(Pages))]
    public async Task Should_answer_404_for_a_handler_the_page_does_not_have(string template)
    {
        var path = Fill(template);
        using var get = await _coordinator.Session.GetAsync(path + "?handler=bestaat-niet");
        var token = PortalSession.AntiforgeryToken(await _coordinator.Session.GetPageAsync("/uitloggen"));
        using var post = await _coordinator.Session.PostAsync(path + "?handler=bestaat-niet",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Multiple(() =>
        {
            Assert.That(get.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), $"GET {path}");
            Assert.That(post.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), $"POST {path}");
        });
    }

    [TestCase("0001-01-01T00:00")]
    [TestCase("9999-12-31T23:59")]
    [TestCase("0001-01-01T00:00Z")]
    [TestCase("9999-12-31T23:59+14:00")]
    [TestCase("1899-12-31T12:00")]
    public async Task Should_refuse_a_contact_attempt_dated_out_of_range_next_to_its_field(string moment)
    {
        using var response = await _coordinator.Session.PostHandlerAsync($"/zaken/{_case}", "attempt", ("soort", "home_visit"), ("moment", moment),
            ("dagdeel", ""), ("bereikt", "nee"), ("medewerker", "M. Test"), ("tweede", ""), ("notitie", ""));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(200), html);
            Assert.That(html, Does.Contain("id=\"moment-fout\""));
        });
    }

    [TestCase("/audit?van=0001-01-01&tot=9999-12-31")]
    [TestCase("/audit?van=9999-12-31")]
    [TestCase("/bezoeklijst?datum=0001-01-01")]
    [TestCase("/bezoeklijst?datum=9999-12-31")]
    [TestCase("/api/v1/exports/ddas?from=0001-01-01&to=9999-12-31")]
    public async Task Should_not_fail_on_a_date_at_the_edge_of_the_calendar(string path)
    {
        using var response = await _coordinator.Session.GetAsync(path);
        Assert.That((int)response.StatusCode, Is.AnyOf(200, 400), await response.Content.ReadAsStringAsync());
    }

    [TestCase("multipart/form-data")]
    [TestCase("multipart/form-data; boundary=b1")]
    public async Task Should_answer_a_portal_form_that_cannot_be_read_with_400(string contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("--b1\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"a.csv\"\r\n\r\nR-1"));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        using var response = await _coordinator.Session.PostAsync("/aanleveren", content);
        Assert.That((int)response.StatusCode, Is.EqualTo(400), await response.Content.ReadAsStringAsync());
    }

    private string Fill(string template) => template.Replace("{case}", _case.ToString(), StringComparison.Ordinal)
        .Replace("{match}", _match.ToString(), StringComparison.Ordinal).Replace("{delivery}", _delivery.ToString(), StringComparison.Ordinal);
}
