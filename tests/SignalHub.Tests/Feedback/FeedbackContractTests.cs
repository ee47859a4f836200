using System.Text.Json.Nodes;
using SignalHub.Tests.Storage;

namespace SignalHub.Tests.Feedback;

/// <summary>The feedback endpoints are part of the committed partner API contract, with their errors.</summary>
public sealed class FeedbackContractTests
{
    [TestCase("/api/v1/feedback", "GetFeedback")]
    [TestCase("/api/v1/feedback/quality", "GetDataQuality")]
    public async Task The_committed_contract_should_describe_the_endpoint_with_its_errors(string path, string operationId)
    {
        var document = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(ApplicationSql.RepositoryRoot(), "schemas", "api", "openapi-v1.json")))!;

        var operation = document["paths"]?[path]?["get"];

        Assert.That(operation, Is.Not.Null, $"GET {path} is missing from schemas/api/openapi-v1.json");
        Assert.Multiple(() =>
        {
            Assert.That(operation!["operationId"]?.GetValue<string>(), Is.EqualTo(operationId));
            Assert.That(operation["responses"]!.AsObject().Select(r => r.Key), Is.SupersetOf(new[] { "200", "400", "401", "429" }));
            Assert.That(operation["parameters"]?[0]?["name"]?.GetValue<string>(), Is.EqualTo("period"));
            Assert.That(operation["parameters"]?[0]?["required"]?.GetValue<bool>(), Is.True);
        });
    }
}
