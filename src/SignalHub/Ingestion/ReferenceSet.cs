namespace SignalHub.Ingestion;

/// <summary>
/// Finds a reference used twice in one file without keeping every reference string: a 64-bit FNV-1a
/// hash per reference (8 bytes instead of ~80), with the line that used it first. The chance that two
/// different references share a hash in a 2,000,000-row file is about one in ten million.
/// </summary>
internal sealed class ReferenceSet
{
    private readonly Dictionary<ulong, int> _firstLine = [];

    /// <returns>The line of the earlier use, or null when this is the first.</returns>
    public int? Add(string reference, int line)
    {
        var key = Hash(reference.Trim());
        if (_firstLine.TryGetValue(key, out var earlier))
            return earlier;
        _firstLine[key] = line;
        return null;
    }

    private static ulong Hash(string value)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in value)
            hash = (hash ^ c) * 1099511628211UL;
        return hash;
    }
}
