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

    /// <summary>Every spelling TryParse accepts, as written: the code, the aliases, the standard's string and the label.</summary>
    public IEnumerable<string> Spellings =>
        new[] { Code }.Concat(aliases).Concat(Ddas is null ? [] : [Ddas]).Append(Label);
}
