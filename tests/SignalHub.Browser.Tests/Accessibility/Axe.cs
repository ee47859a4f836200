using System.Text.Json;
using Microsoft.Playwright;

namespace SignalHub.Browser.Tests.Accessibility;

/// <summary>
/// axe-core (vendored in axe-core/, MPL-2.0) run inside the page: the WCAG 2.0/2.1 A and AA rules and axe's best
/// practices. A violation of impact serious or critical fails the test with every such rule and the elements it hit.
/// </summary>
public static class Axe
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly Lazy<string> Script = new(() =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Accessibility", "axe-core", "axe.min.js")));

    private const string Run = """
        async () => {
            const result = await axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
                resultTypes: ['violations'],
            });
            return result.violations.map(v => ({
                id: v.id, impact: v.impact ?? 'unknown', help: v.help, tags: v.tags,
                targets: v.nodes.map(n => n.target.join(' ')).slice(0, 5),
            }));
        }
        """;

    public static async Task<IReadOnlyList<AxeViolation>> ViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'"))
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = Script.Value });
        var found = await page.EvaluateAsync<JsonElement>(Run);
        return found.Deserialize<List<AxeViolation>>(Json) ?? [];
    }

    /// <summary>Fails on serious and critical violations; minor and moderate ones are only written to the test output.</summary>
    public static async Task AssertAccessibleAsync(IPage page)
    {
        var violations = await ViolationsAsync(page);
        foreach (var minor in violations.Where(v => !v.Blocks))
            TestContext.Out.WriteLine($"axe ({minor.Impact}) on {page.Url}: {minor}");
        var blocking = violations.Where(v => v.Blocks).ToList();
        Assert.That(blocking, Is.Empty, () => $"axe found on {page.Url}:\n" + string.Join("\n", blocking));
    }
}

public sealed record AxeViolation(string Id, string Impact, string Help, IReadOnlyList<string> Targets)
{
    public bool Blocks => Impact is "serious" or "critical";

    /// <summary>axe's tags of the rule; a <c>wcag...</c> tag makes it a WCAG 2.x A/AA rule rather than a best practice.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    public bool Wcag => Tags.Any(t => t.StartsWith("wcag", StringComparison.Ordinal));

    public override string ToString() => $"{Id} ({Impact}): {Help} at {string.Join(", ", Targets)}";
}
