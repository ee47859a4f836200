using System.Text;

namespace SignalHub.Domain.Vocabulary;

/// <summary>
/// The lookups behind every vocabulary's static class. Parsing is forgiving: case, surrounding spaces
/// and the difference between a space, a hyphen and an underscore do not matter. Reading the
/// standard's strings is exact, because DDAS is a contract.
/// </summary>
internal sealed class CodeList<T>
    where T : struct, Enum
{
    private readonly string _subject;
    private readonly Dictionary<T, Term<T>> _byValue;
    private readonly Dictionary<string, T> _bySpelling = new(StringComparer.Ordinal);
    private readonly Dictionary<string, T> _byDdas = new(StringComparer.Ordinal);
    private readonly string _accepted;

    /// <param name="subject">What the values are, for error messages: "cost type".</param>
    /// <param name="terms">Exactly one term per enum member; checked here so a missing one fails at start.</param>
    public CodeList(string subject, params Term<T>[] terms)
    {
        _subject = subject;
        _byValue = terms.ToDictionary(t => t.Value);
        var missing = Enum.GetValues<T>().Where(v => !_byValue.ContainsKey(v)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"The {subject} list has no term for {string.Join(", ", missing)}.");
        }

        foreach (var term in terms)
        {
            foreach (var spelling in term.Spellings)
            {
                var key = Normalize(spelling);
                if (_bySpelling.TryGetValue(key, out var other) && !other.Equals(term.Value))
                {
                    throw new InvalidOperationException($"The {subject} spelling '{spelling}' means both {other} and {term.Value}.");
                }

                _bySpelling[key] = term.Value;
            }

            if (term.Ddas is not null)
            {
                _byDdas.Add(term.Ddas, term.Value);
            }
        }

        All = [.. terms.Select(t => t.Value)];
        _accepted = string.Join(", ", terms.Select(Describe));
    }

    public IReadOnlyList<T> All { get; }

    /// <summary>"rent (huur), energy (energie), ...": what an error message offers instead.</summary>
    public string Accepted => _accepted;

    public string Code(T value) => Find(value).Code;

    public string Label(T value) => Find(value).Label;

    public string? Ddas(T value) => Find(value).Ddas;

    public bool TryParse(string? raw, out T value, out string? error)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(raw))
        {
            error = $"{_subject} is empty; expected one of: {_accepted}";
            return false;
        }

        if (_bySpelling.TryGetValue(Normalize(raw), out value))
        {
            error = null;
            return true;
        }

        error = $"{_subject} is not one of: {_accepted}";
        return false;
    }

    public bool TryFromDdas(string? ddas, out T value)
    {
        value = default;
        return ddas is not null && _byDdas.TryGetValue(ddas, out value);
    }

    public T FromDdas(string ddas, string enumName) =>
        TryFromDdas(ddas, out var value)
            ? value
            : throw new ArgumentException($"'{ddas}' is not a value of the standard's {enumName} that maps to a {_subject}.", nameof(ddas));

    /// <summary>Lower case; runs of spaces, hyphens and underscores become one underscore.</summary>
    internal static string Normalize(string spelling)
    {
        var builder = new StringBuilder(spelling.Length);
        foreach (var c in spelling.Trim().ToLowerInvariant())
        {
            var isGap = char.IsWhiteSpace(c) || c is '-' or '_';
            if (!isGap)
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '_')
            {
                builder.Append('_');
            }
        }

        return builder.ToString();
    }

    private Term<T> Find(T value) =>
        _byValue.TryGetValue(value, out var term)
            ? term
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a {_subject}.");

    private static string Describe(Term<T> term)
    {
        var code = Normalize(term.Code);
        var others = term.Offered
            .Where(s => Normalize(s) != code)
            .DistinctBy(Normalize)
            .ToList();
        return others.Count == 0 ? term.Code : $"{term.Code} ({string.Join(", ", others)})";
    }
}
