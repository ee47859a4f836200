using System.Text.Json.Nodes;
using SignalHub.Tests.Fixtures;

namespace SignalHub.Tests.Partners;

/// <summary>
/// The partner API's OpenAPI document is a contract partners build scripts on: the served document must
/// equal the committed copy in schemas/api/openapi-v1.json, so no change to it goes unnoticed.
/// </summary>
public sealed class OpenApiDocumentTests
{
    private const string CommittedCopy = "schemas/api/openapi-v1.json";
    private const string UpdateVariable = "SIGNALHUB_UPDATE_OPENAPI";
    private SignalHubStack _stack = null!;
    private JsonNode _served = null!;
    private string _servedText = "";

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _stack = await SignalHubStack.StartAsync(StackKind.SqliteInMemory);
        using var client = _stack.Client();
        using var response = await client.GetAsync("/openapi/v1.json");
        Assert.That((int)response.StatusCode, Is.EqualTo(200), "the document is public, like any API reference");
        _servedText = await response.Content.ReadAsStringAsync();
        _served = JsonNode.Parse(_servedText)!;
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await (_stack?.DisposeAsync() ?? ValueTask.CompletedTask);

    [Test]
    public async Task The_served_document_equals_the_committed_copy()
    {
        var path = Path.Combine(RepositoryRoot(), CommittedCopy);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
            await File.WriteAllTextAsync(path, _servedText.TrimEnd() + "\n");
        var committed = File.Exists(path) ? JsonNode.Parse(await File.ReadAllTextAsync(path)) : null;
        Assert.That(JsonNode.DeepEquals(committed, _served), Is.True,
            $"The served /openapi/v1.json differs from {CommittedCopy}. If the API change is intended, regenerate the copy and commit it:\n" +
            $"  {UpdateVariable}=1 dotnet test tests/SignalHub.Tests --filter FullyQualifiedName~OpenApiDocumentTests");
    }

    [TestCase("/api/v1/deliveries", "post")]
    [TestCase("/api/v1/deliveries/{id}", "get")]
    [TestCase("/api/v1/deliveries/{id}/errors.csv", "get")]
    [TestCase("/api/v1/signals/{reference}/withdraw", "post")]
    [TestCase("/api/v1/keys", "get")]
    [TestCase("/api/v1/keys", "post")]
    [TestCase("/api/v1/keys/{id}", "delete")]
    public void The_document_describes_each_partner_endpoint_with_its_errors(string path, string method)
    {
        var operation = _served["paths"]?[path]?[method];
        Assert.That(operation, Is.Not.Null, $"{method} {path} is missing");
        var responses = operation!["responses"]!.AsObject();
        Assert.Multiple(() =>
        {
            Assert.That(operation["operationId"]?.GetValue<string>(), Is.Not.Empty);
            Assert.That(responses.Select(r => r.Key), Is.SupersetOf(new[] { "401", "429" }));
            Assert.That(responses["401"]?["content"]?["application/problem+json"], Is.Not.Null);
        });
    }

    [Test]
    public void The_document_names_the_bearer_scheme_and_no_server()
    {
        var scheme = _served["components"]?["securitySchemes"]?["partnerApiKey"];
        Assert.Multiple(() =>
        {
            Assert.That(scheme?["type"]?.GetValue<string>(), Is.EqualTo("http"));
            Assert.That(scheme?["scheme"]?.GetValue<string>(), Is.EqualTo("bearer"));
            Assert.That(_served["security"]?[0]?["partnerApiKey"], Is.Not.Null, "every operation needs the key");
            Assert.That(_served["servers"]?.AsArray() ?? [], Is.Empty, "no host or port of the machine that served it");
            Assert.That(_served["paths"]!.AsObject().Select(p => p.Key), Has.All.StartWith("/api/v1/"), "the portal is not part of the contract");
        });
    }

    [Test]
    public void The_withdraw_body_lists_the_reason_codes()
    {
        var reason = _served["paths"]?["/api/v1/signals/{reference}/withdraw"]?["post"]?["requestBody"]?["content"]?["application/json"]?["schema"]?["properties"]?["reason"];
        Assert.That(reason?["enum"]?.AsArray().Select(code => code!.GetValue<string>()),
            Is.EqualTo(new[] { "paid", "payment_arrangement", "wrong_address", "other" }));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SignalHub.sln")))
                return dir.FullName;
        throw new InvalidOperationException("SignalHub.sln not found above " + AppContext.BaseDirectory);
    }
}
