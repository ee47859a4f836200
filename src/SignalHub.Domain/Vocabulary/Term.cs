namespace SignalHub.Domain.Vocabulary;

/// <summary>
/// One member of a code list: SignalHub's stable code (stored, and used on the command line), the
/// Dutch label for the portal, the exact string of the national standard (DDAS) where it has the
/// concept, and other spellings partner files may use.
/// </summary>
internal sealed class Term<T>(T value, string code, string label, string? ddas, params string[] aliases)
    where T : struct, Enum
{
    public T Value { get; } = value;

    public string Code { get; } = code;

    public string Label { get; } = label;

    public string? Ddas { get; } = ddas;

    /// <summary>The spellings an error message offers: the code, the aliases and the standard's string.</summary>
    public IEnumerable<string> Offered => new[] { Code }.Concat(aliases).Concat(Ddas is null ? [] : [Ddas]);

    /// <summary>Every spelling TryParse accepts, as written: the offered ones and the portal label.</summary>
    public IEnumerable<string> Spellings => Offered.Append(Label);
}
