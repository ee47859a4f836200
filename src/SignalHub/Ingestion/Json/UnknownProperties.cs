using System.Text;

namespace SignalHub.Ingestion.Json;

/// <summary>
/// The property names of a JSON delivery that are no column, in order of first use. They become extra
/// header columns of the canonical CSV, so the receipt warns about them as it warns about unknown CSV
/// columns. Bounded: a header is one line with a length limit, and a hostile body may invent names freely.
/// </summary>
internal sealed class UnknownProperties
{
    public const int MaxNamed = 20;
    public const int MaxNameLength = 100;

    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly List<string> _names = [];

    public IReadOnlyList<string> Names => _names;

    public void Add(ReadOnlySpan<char> name)
    {
        if (_names.Count >= MaxNamed || _seen.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name))
            return;
        var text = name.ToString();
        _seen.Add(text);
        _names.Add(HeaderSafe(text));
    }

    /// <summary>A header field on one line, without NUL (which would make the file "not text").</summary>
    private static string HeaderSafe(string name)
    {
        var safe = new StringBuilder(Math.Min(name.Length, MaxNameLength));
        foreach (var c in name.AsSpan(0, Math.Min(name.Length, MaxNameLength)))
            safe.Append(char.IsControl(c) ? '?' : c);
        return safe.ToString();
    }
}
