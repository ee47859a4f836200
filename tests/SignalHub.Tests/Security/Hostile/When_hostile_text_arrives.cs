using System.Net;
using System.Text;
using Dapper;
using SignalHub.Storage;
using SignalHub.Tests.Fixtures;
using static SignalHub.Security.Accounts.PortalRoles;
using static SignalHub.Tests.Fixtures.PartnerFiles;

namespace SignalHub.Tests.Security.Hostile;

/// <summary>
/// SQL and script injection in every text field of a partner file and of the portal's forms, formula injection in the
/// error report, invalid UTF-8 and deeply quoted fields. Each is refused clearly or stored inert, and nothing else is lost.
/// NUL bytes, overlong fields and lines, binary and not-CSV files and a file over the limit are in the import corpus
/// (tests/SignalHub.Tests/Ingestion/ImportCorpus/broken and When_a_broken_file_is_imported), not repeated here.
/// The same suite on SQLite and on PostgreSQL, whose COPY, parameters and text types differ.
/// </summary>
[TestFixture(StackKind.SqliteInMemory)]
[TestFixture(StackKind.PostgresRabbitMq)]
public sealed class When_hostile_text_arrives(StackKind kind)
{
    private const string Script = "<script>alert(1)</script>";
    private const string Sql = "x'); DROP TABLE signals; --";

    private SignalHubStack _stack = null!;
    private string _key = "";

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _stack = await SignalHubStack.StartAsync(kind);
        _key = (await _stack.RegisterAsync("Woonstichting Vijandig", "housing")).ApiKey;
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _stack.DisposeAsync();

    /// <summary>One line with the hostile text in the column at <paramref name="column"/>, the others valid.</summary>
    private static string LineWith(int column, string text, string reference)
    {
        var fields = Row(reference, "huur", "Bakker", "7", "2011AB").Split(';');
        fields[column] = column == 0 ? reference + text : text;
        return string.Join(';', fields.Select(f => f.Contains(';', StringComparison.Ordinal) ? $"\"{f}\"" : f));
    }

    [TestCase(Script)]
    [TestCase(Sql)]
    public async Task Should_keep_every_other_row_and_show_the_text_encoded(string hostile)
    {
        var columns = Header.Split(';').Length;
        var lines = Enumerable.Range(0, columns).Select(c => LineWith(c, hostile, $"H{hostile.Length}-{c}")).ToList();
        lines.Add(Row($"OK-{hostile.Length}", "huur", "Visser", "9", "2011AB"));
        var receipt = await _stack.UploadAsync(_key, "2026-10", Csv([.. lines]));
        var stored = await _stack.Get<Database>().ReadAsync(c => c.QueryAsync<string>(
            "SELECT reference FROM signals"), CancellationToken.None);
        var sdv = await _stack.SignInAsync(Sdv);
        var triage = await sdv.Session.GetPageAsync("/triage?periode=2026-10");
        var coordinator = await _stack.SignInAsync(Coordinator);
        var page = await coordinator.Session.GetPageAsync($"/leveringen/{receipt.DeliveryId}");
        Assert.Multiple(() =>
        {
            Assert.That(receipt.RowsRead, Is.EqualTo(columns + 1), "every line read, none lost or merged");
            Assert.That(receipt.RowsAccepted + receipt.RowsRejected, Is.EqualTo(columns + 1));
            Assert.That(stored, Has.Member($"OK-{hostile.Length}"), "the valid row is stored, and the signals table still exists");
            Assert.That(triage + page, Does.Not.Contain("<script>alert"), "script text is never sent back as markup");
        });
    }

    [Test]
    public async Task Should_neutralise_a_formula_in_the_error_report()
    {
        var receipt = await _stack.UploadAsync(_key, "2026-10", Csv(Row("F-1", "huur", "Smit", "3", "=HYPERLINK(\"http://x\")")));
        using var client = _stack.Client(_key);
        var report = await client.GetStringAsync($"/api/v1/deliveries/{receipt.DeliveryId}/errors.csv");
        // The reason names the column and the rule, never the value: the formula does not reach the spreadsheet at all.
        Assert.That(report, Does.Contain("postcode").And.Not.Contain("=HYPERLINK"));
    }

    [Test]
    public async Task Should_refuse_or_keep_inert_invalid_UTF8_and_deeply_quoted_fields()
    {
        var quoted = "\"" + string.Concat(Enumerable.Repeat("\"\"", 5000)) + "\"";
        var bytes = Encoding.UTF8.GetBytes(Csv(Row("Q-1", "huur", quoted, "3", "2011AB"), Row("Q-2", "huur", "Kok", "5", "2011AB")))
            .Concat(new byte[] { 0xC3, 0x28, 0xFF, 0xFE, (byte)'\n' }).ToArray();
        using var client = _stack.Client(_key);
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        using var response = await client.PostAsync("/api/v1/deliveries?period=2026-09", content);
        await _stack.WaitUntilIdleAsync();
        Assert.That((int)response.StatusCode, Is.AnyOf(200, 202, 400, 413, 415, 422), "a clear answer, never a server error");
    }

    [TestCase(Script)]
    [TestCase(Sql)]
    public async Task Should_refuse_hostile_sign_in_text_without_echoing_it_as_markup(string hostile)
    {
        using var session = new PortalSession(_stack);
        using var response = await session.PostFormAsync("/inloggen", [new("naam", hostile), new("wachtwoord", hostile)]);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page, Does.Contain("De combinatie van gebruikersnaam en wachtwoord is onjuist."));
            Assert.That(page, Does.Not.Contain("<script>alert"));
        });
    }

    [TestCase(Script)]
    [TestCase(Sql)]
    public async Task Should_refuse_a_hostile_period_in_the_upload_form_with_its_message(string hostile)
    {
        var coordinator = await _stack.SignInAsync(Coordinator);
        var token = PortalSession.AntiforgeryToken(await coordinator.Session.GetPageAsync("/aanleveren"));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(hostile), "periode" },
            { new StringContent(hostile), "partner" },
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(Csv(Row("P-1", "huur", "Kok", "5", "2011AB")))), "bestand", "x.csv" },
        };
        using var response = await coordinator.Session.PostAsync("/aanleveren", form);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the form again with its messages");
            Assert.That(page, Does.Contain("Vul de maand in als jaar en maand"));
            Assert.That(page, Does.Not.Contain("<script>alert"));
        });
    }
}
