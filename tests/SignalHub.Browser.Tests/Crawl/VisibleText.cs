using System.Text.RegularExpressions;

namespace SignalHub.Browser.Tests.Crawl;

/// <summary>
/// What a Dutch reader should never meet on a page: common English words, and text shaped like a code
/// (<c>arrears_since.invalid</c>, <c>not_picked_up</c>, <c>signalhub:deadlines</c>, <c>Reporting:CostBenefit</c>, <c>reasonNl</c>).
/// E-mail addresses, web addresses, domain names and file names are taken out first: they are real and may look like codes.
/// </summary>
internal static partial class VisibleText
{
    /// <summary>English words that are no Dutch words (so not "is", "in", "of", "was", "had", "at", "do", "file", "match", "team").</summary>
    private static readonly HashSet<string> English = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "and", "with", "without", "for", "from", "must", "should", "required", "invalid", "error", "errors", "failed", "failure",
        "please", "found", "missing", "this", "that", "these", "those", "which", "when", "where", "while", "there", "their", "your", "you",
        "are", "been", "has", "have", "will", "would", "cannot", "could", "not", "into", "only", "than", "then", "also", "because", "before",
        "after", "between", "about", "each", "every", "any", "some", "other", "such", "more", "less", "least", "line", "column", "row", "rows",
        "files", "delivery", "deliveries", "signal", "signals", "case", "cases", "hit", "hits", "matched", "unknown", "pending", "processing",
        "completed", "rejected", "received", "true", "false", "null", "none", "yes", "lies", "future", "allowed", "whole", "number", "amount",
        "arrears", "reason", "actor", "deadline", "deadlines", "overdue", "refused", "sent", "household", "households", "address", "worker",
        "visit", "visits", "call", "calls", "page", "next", "previous", "back", "search", "key", "keys", "name", "date", "total", "on", "to",
        "by", "or", "it", "be", "forbidden", "unauthorized", "internal",
    };

    /// <summary>
    /// Real Dutch terms that look like codes: the column names of the areas file a coordinator must write (postcode_van,
    /// postcode_tot), as the page that asks for them shows them.
    /// </summary>
    private static readonly string[] DutchTerms = ["postcode_van", "postcode_tot"];

    public static IReadOnlyList<string> Problems(string text)
    {
        var cleaned = Allowed().Replace(text, " ");
        foreach (var term in DutchTerms)
            cleaned = cleaned.Replace(term, " ", StringComparison.Ordinal);
        var problems = new List<string>();
        foreach (Match word in Word().Matches(cleaned))
            if (English.Contains(word.Value))
                problems.Add($"English word \"{word.Value}\" in \"{Around(cleaned, word.Index)}\"");
        foreach (Match code in Code().Matches(cleaned))
            problems.Add($"code \"{code.Value}\" in \"{Around(cleaned, code.Index)}\"");
        return problems;
    }

    private static string Around(string text, int index)
    {
        var start = Math.Max(0, index - 40);
        var end = Math.Min(text.Length, index + 40);
        return Regex.Replace(text[start..end], @"\s+", " ").Trim();
    }

    /// <summary>A word on its own: not the letters of a postcode (2011BE) or an id.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])\p{L}+(?![\p{L}\p{N}])")]
    private static partial Regex Word();

    /// <summary>snake_case, word.word, prefix:word (actors), Section:Key (configuration) and camelCase.</summary>
    [GeneratedRegex(@"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b|\b[a-z]{2,}\.[a-z_]{2,}\b|\b[a-z]+:[a-z_]+\b|\b[A-Z][A-Za-z]+:[A-Z][A-Za-z]+\b|\b[a-z]+[A-Z][A-Za-z]*\b")]
    private static partial Regex Code();

    /// <summary>
    /// E-mail and web addresses, the query of an address (?van=...&amp;tot=...), the visible start of an API key
    /// (shk_...), domain names and file names.
    /// </summary>
    [GeneratedRegex(@"\S+@\S+|\bshk_\S+|\?[\w%-]+=\S*|\b[a-z]+://\S+|\b[\w.-]+\.(?:csv|json|xml|pdf|txt|zip|png|svg|yaml)\b|\b[\w-]+(?:\.[\w-]+)*\.(?:nl|com|org|eu|net)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Allowed();
}
