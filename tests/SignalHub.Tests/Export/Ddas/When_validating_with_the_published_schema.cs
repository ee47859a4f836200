using System.Text.Json.Nodes;

namespace SignalHub.Tests.Export.Ddas;

/// <summary>The validator itself: the standard's own examples pass, and a broken document fails for the right reason.</summary>
public sealed class When_validating_with_the_published_schema
{
    [TestCase("enkelvoudigVoorbeeld.json")]
    [TestCase("meervoudigVoorbeeld.json")]
    public async Task Should_accept_the_standards_own_example(string example) =>
        await DdasSchema.AssertValidAsync(await File.ReadAllTextAsync(DdasSchema.PathOf(example)));

    [TestCase("contactpogingen", "soort", "Postduif", "NotInEnumeration")]
    [TestCase("contactpogingen", "dagdeel", "Nacht", "NotInEnumeration")]
    [TestCase("contactpogingen", "datum", "10-01-2025", "DateExpected")]
    [TestCase("zaak", "resultaat", "Opgelost", "NotInEnumeration")]
    [TestCase("signaal", "status", "Opgepakt", "NotInEnumeration")]
    [TestCase("signaal", "bedrag", "450,00", "IntegerExpected")]
    [TestCase("signaal", "BSN", "123456789", "NoAdditionalPropertiesAllowed")]
    public async Task Should_reject_a_value_the_standard_does_not_allow(string where, string field, string value, string kind)
    {
        var document = JsonNode.Parse(await File.ReadAllTextAsync(DdasSchema.PathOf("enkelvoudigVoorbeeld.json")))!;
        var levering = document["leveringen"]![0]!;
        var target = where switch
        {
            "contactpogingen" => levering["vroegsignaalzaken"]![0]!["contactpogingen"]![0]!,
            "zaak" => levering["vroegsignaalzaken"]![0]!,
            _ => levering["vroegsignalen"]![0]!,
        };
        target[field] = value;

        var errors = await DdasSchema.ErrorsAsync(document.ToJsonString());

        Assert.That(errors, Has.Some.Contain(kind), string.Join("\n", errors));
    }
}
