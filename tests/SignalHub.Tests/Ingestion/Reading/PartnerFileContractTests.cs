using System.Text.Json;
using SignalHub.Ingestion.Reading;

namespace SignalHub.Tests.Ingestion.Reading;

/// <summary>The published contract in schemas/partner-file and the reader's column table must name the same columns.</summary>
public sealed class PartnerFileContractTests
{
    private static readonly string _contractFolder = Path.Combine(RepositoryRoot(), "schemas", "partner-file");

    [Test]
    public void When_the_table_schema_is_read_Should_list_the_canonical_columns_in_order_with_their_requirement()
    {
        using var schema = ReadJson("partner-file.tableschema.json");

        var fields = schema.RootElement.GetProperty("fields").EnumerateArray()
            .Select(field => (Name: field.GetProperty("name").GetString(), Required: IsRequired(field)));

        Assert.That(fields, Is.EqualTo(PartnerColumns.All.Select(column => (
            (string?)column.Name,
            column.Requirement == ColumnRequirement.Required && column.Column is not (PartnerColumn.ArrearsAmount or PartnerColumn.ArrearsSince)))));
    }

    [Test]
    public void When_the_signal_schema_is_read_Should_use_the_canonical_snake_case_names()
    {
        using var schema = ReadJson("signal.schema.json");

        var properties = schema.RootElement.GetProperty("properties").EnumerateObject().Select(property => property.Name);

        Assert.That(properties, Is.EqualTo(PartnerColumns.All.Select(column => column.Name)));
    }

    [Test]
    public void When_the_delivery_schema_is_read_Should_hold_an_array_of_signals()
    {
        using var schema = ReadJson("delivery.schema.json");

        var signals = schema.RootElement.GetProperty("properties").GetProperty("signals");

        Assert.That(signals.GetProperty("items").GetProperty("$ref").GetString(), Is.EqualTo("signal.schema.json"));
    }

    [Test]
    public void When_the_readme_lists_the_columns_Should_name_every_accepted_name()
    {
        var readme = File.ReadAllText(Path.Combine(_contractFolder, "README.md"));

        var missing = PartnerColumns.All.SelectMany(column => column.AcceptedNames)
            .Where(name => !readme.Contains($"`{name}`", StringComparison.Ordinal));

        Assert.That(missing, Is.Empty);
    }

    private static bool IsRequired(JsonElement field) =>
        field.TryGetProperty("constraints", out var constraints)
        && constraints.TryGetProperty("required", out var required)
        && required.GetBoolean();

    private static JsonDocument ReadJson(string file) => JsonDocument.Parse(File.ReadAllText(Path.Combine(_contractFolder, file)));

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "SignalHub.sln")))
        {
            folder = folder.Parent;
        }
        return folder?.FullName ?? throw new InvalidOperationException("SignalHub.sln not found above the test folder.");
    }
}
