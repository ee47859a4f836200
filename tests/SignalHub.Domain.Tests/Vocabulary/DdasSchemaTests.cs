using System.Text.Json;

namespace SignalHub.Domain.Tests.Vocabulary;

/// <summary>
/// Holds the code to the copy of the standard in schemas/ddas: every enum of the schema is modelled,
/// every schema value maps to exactly one C# member and back, and the examples use only known values.
/// </summary>
public sealed class DdasSchemaTests
{
    private static readonly string DdasFolder = Path.Combine(RepositoryRoot(), "schemas", "ddas");

    private static IEnumerable<TestCaseData> ModelledEnums() =>
        VocabularyUnderTest.DdasModels.Select(v => new TestCaseData(v).SetArgDisplayNames(v.Name));

    private static IEnumerable<TestCaseData> ListsMappedToTheStandard() =>
        VocabularyUnderTest.All.Where(v => v.DdasEnum is not null).Select(v => new TestCaseData(v).SetArgDisplayNames(v.Name));

    [Test]
    public void When_the_schema_defines_an_enum_Should_have_a_vocabulary_for_it() =>
        Assert.That(SchemaEnums().Keys, Is.EquivalentTo(VocabularyUnderTest.DdasModels.Select(v => v.Name)));

    [TestCaseSource(nameof(ModelledEnums))]
    public void When_the_schema_lists_a_value_Should_map_to_exactly_one_member_and_back(object vocabulary)
    {
        var list = (VocabularyUnderTest)vocabulary;
        var schemaValues = SchemaEnums()[list.Name];

        Assert.Multiple(() =>
        {
            Assert.That(list.Members.Select(list.Ddas), Is.EquivalentTo(schemaValues), "members and schema values differ");
            foreach (var value in schemaValues)
            {
                var members = list.Members.Where(m => list.Ddas(m) == value).ToList();
                Assert.That(members, Has.Count.EqualTo(1), $"'{value}' must map to exactly one member");
                Assert.That(list.FromDdas(value), Is.EqualTo(members.FirstOrDefault()), $"'{value}' does not read back");
            }
        });
    }

    [TestCaseSource(nameof(ListsMappedToTheStandard))]
    public void When_a_code_list_maps_to_the_standard_Should_use_only_the_schema_strings(object vocabulary)
    {
        var list = (VocabularyUnderTest)vocabulary;
        var schemaValues = SchemaEnums()[list.DdasEnum!];
        var mapped = list.Members.Select(m => list.Ddas(m)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(mapped, Is.SubsetOf(schemaValues));
            Assert.That(mapped, Is.Unique);
            if (list.MirrorsDdasEnum)
            {
                Assert.That(mapped, Is.EquivalentTo(schemaValues));
            }
        });
    }

    [TestCase("enkelvoudigVoorbeeld.json")]
    [TestCase("meervoudigVoorbeeld.json")]
    public void When_reading_the_standards_examples_Should_know_every_enum_value(string example)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(DdasFolder, example)));
        var found = new List<(string Enum, string Value)>();
        Collect(document.RootElement, parentProperty: null, found);
        var vocabularies = VocabularyUnderTest.DdasModels.ToDictionary(v => v.Name);

        Assert.Multiple(() =>
        {
            Assert.That(found.Select(f => f.Enum).Distinct(), Is.EquivalentTo(vocabularies.Keys), "the example should use every enum");
            foreach (var (enumName, value) in found)
            {
                Assert.That(vocabularies[enumName].FromDdas(value), Is.Not.Null, $"{enumName} '{value}'");
            }
        });
    }

    /// <summary>The schema's $defs that are enums, by name, with their values.</summary>
    private static Dictionary<string, List<string>> SchemaEnums()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(DdasFolder, "json_schema_Uitwisselmodel.json")));
        return schema.RootElement.GetProperty("$defs").EnumerateObject()
            .Where(d => d.Value.TryGetProperty("enum", out _))
            .ToDictionary(
                d => d.Name,
                d => d.Value.GetProperty("enum").EnumerateArray().Select(v => v.GetString()!).ToList());
    }

    /// <summary>Where the examples put enum values: which property, under which parent, names the schema enum.</summary>
    private static string? EnumAt(string property, string? parentProperty) => (property, parentProperty) switch
    {
        ("type", "signaalpartner") => "EnumSignaalpartner",
        ("status", _) => "EnumSignaalstatus",
        ("soort", _) => "EnumContactsoort",
        ("dagdeel", _) => "EnumDagdeel",
        ("resultaat", _) => "EnumEindresultaat",
        _ => null,
    };

    private static void Collect(JsonElement element, string? parentProperty, List<(string, string)> found)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, parentProperty, found);
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.String && EnumAt(property.Name, parentProperty) is { } enumName)
                {
                    found.Add((enumName, property.Value.GetString()!));
                }

                Collect(property.Value, property.Name, found);
            }
        }
    }

    /// <summary>The folder holding SignalHub.sln, found upwards from the test binaries.</summary>
    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SignalHub.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("SignalHub.sln not found above " + TestContext.CurrentContext.TestDirectory);
    }
}
