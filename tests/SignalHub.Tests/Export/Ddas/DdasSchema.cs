using NJsonSchema;
using SignalHub.Tests.Storage;

namespace SignalHub.Tests.Export.Ddas;

/// <summary>
/// The published DDAS schema in <c>schemas/ddas/</c>, checked with a real JSON Schema validator (NJsonSchema:
/// JsonSchema.Net does not restore from the package mirror here). Failures list every error with its path.
/// </summary>
internal static class DdasSchema
{
    private static readonly Lazy<Task<JsonSchema>> Schema = new(() => JsonSchema.FromFileAsync(PathOf("json_schema_Uitwisselmodel.json")));

    public static string PathOf(string file) => Path.Combine(ApplicationSql.RepositoryRoot(), "schemas", "ddas", file);

    public static async Task<IReadOnlyList<string>> ErrorsAsync(string json) =>
        [.. (await Schema.Value).Validate(json).SelectMany(Flatten).Select(e => $"{e.Path}: {e.Kind} {e.Property}")];

    public static async Task AssertValidAsync(string json)
    {
        var errors = await ErrorsAsync(json);
        Assert.That(errors, Is.Empty, $"{errors.Count} schema error(s):\n{string.Join("\n", errors)}");
    }

    // A failed anyOf/oneOf keeps its detail in child errors; show them all.
    private static IEnumerable<NJsonSchema.Validation.ValidationError> Flatten(NJsonSchema.Validation.ValidationError error) =>
        error is NJsonSchema.Validation.ChildSchemaValidationError child
            ? new[] { error }.Concat(child.Errors.SelectMany(e => e.Value).SelectMany(Flatten))
            : [error];
}
