namespace SignalHub.Ingestion.Reading;

/// <summary>Where each canonical column sits in a partner file, and what was wrong with its header.</summary>
public sealed class HeaderMap
{
    private readonly int[] _indexes;

    internal HeaderMap(IReadOnlyList<string> names, int[] indexes, IReadOnlyList<string> warnings,
        IReadOnlyList<StructuralError> errors)
    {
        Names = names;
        _indexes = indexes;
        Warnings = warnings;
        Errors = errors;
        NamedWidth = Enumerable.Range(0, names.Count).LastOrDefault(i => !string.IsNullOrWhiteSpace(names[i]), -1) + 1;
    }

    /// <summary>The header's names as written; store them with a delivery to map its chunks again later.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>"unknown column 'foo' (column 7) is ignored" and the like: the file is still read.</summary>
    public IReadOnlyList<string> Warnings { get; }

    public IReadOnlyList<StructuralError> Errors { get; }

    public bool IsValid => Errors.Count == 0;

    /// <summary>Columns up to the last one with a name: a row needs at least this many fields.</summary>
    internal int NamedWidth { get; }

    /// <summary>0-based field index of the column, or -1 when the file does not have it.</summary>
    public int IndexOf(PartnerColumn column) => _indexes[(int)column];

    public bool Has(PartnerColumn column) => IndexOf(column) >= 0;

    /// <summary>The column's value as written (untrimmed), or null when the file does not have the column.</summary>
    public string? Get(IReadOnlyList<string> fields, PartnerColumn column)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var index = IndexOf(column);
        return index >= 0 && index < fields.Count ? fields[index] : null;
    }
}
