using System.Text;

namespace SignalHub.Ingestion.Reading;

/// <summary>
/// Maps a header line to the canonical columns. Names match case-insensitively, trimmed, with space,
/// hyphen and underscore ignored (so <c>Huis-Nummer</c>, <c>huis nummer</c> and <c>huisnummer</c>
/// are one name), and a byte-order mark that slipped into the first name ignored.
/// </summary>
public static class PartnerFileHeader
{
    // "email" and "e-mail" are one key for one column; one key for two columns throws here, at start.
    private static readonly Dictionary<string, PartnerColumn> _columnsByName = PartnerColumns.All
        .SelectMany(definition => definition.AcceptedNames, (definition, name) => (Key: Normalise(name), definition.Column))
        .Distinct()
        .ToDictionary(entry => entry.Key, entry => entry.Column);

    public static HeaderMap Map(IReadOnlyList<string> headerFields)
    {
        ArgumentNullException.ThrowIfNull(headerFields);
        var indexes = Enumerable.Repeat(-1, PartnerColumns.All.Count).ToArray();
        var warnings = new List<string>();
        var errors = new List<StructuralError>();
        for (var i = 0; i < headerFields.Count; i++)
        {
            var key = Normalise(headerFields[i]);
            if (key.Length == 0)
            {
                warnings.Add($"column {i + 1} has no name and is ignored");
            }
            else if (!_columnsByName.TryGetValue(key, out var column))
            {
                warnings.Add($"unknown column '{headerFields[i].Trim()}' (column {i + 1}) is ignored");
            }
            else if (indexes[(int)column] >= 0)
            {
                var first = indexes[(int)column];
                errors.Add(new StructuralError(StructuralError.HeaderDuplicateColumn,
                    $"columns {first + 1} ('{headerFields[first].Trim()}') and {i + 1} ('{headerFields[i].Trim()}') " +
                    $"both mean '{PartnerColumns.Get(column).Name}'; keep one of them"));
            }
            else
            {
                indexes[(int)column] = i;
            }
        }
        errors.AddRange(HeaderLevelErrors(headerFields, indexes));
        // No known column at all: the first line is most likely data, and its cells (a name, a birth date) are not repeated.
        if (errors.Any(e => e.Code == StructuralError.HeaderUnrecognised))
            warnings.Clear();
        return new HeaderMap(headerFields.ToArray(), indexes, warnings, errors);
    }

    internal static string Normalise(string name)
    {
        var key = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (c is not ('\uFEFF' or '-' or '_') && !char.IsWhiteSpace(c))
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }
        return key.ToString();
    }

    private static IEnumerable<StructuralError> HeaderLevelErrors(IReadOnlyList<string> headerFields, int[] indexes)
    {
        if (headerFields.All(string.IsNullOrWhiteSpace))
        {
            return [new StructuralError(StructuralError.HeaderEmpty, "the header (the first line) has no column names")];
        }
        if (indexes.All(index => index < 0))
        {
            // Most likely no header at all, or a delimiter we do not read: listing every missing column would bury that.
            var hint = headerFields.Count == 1 ? "; the delimiter must be ';', ',' or tab" : "";
            return [new StructuralError(StructuralError.HeaderUnrecognised,
                $"the first line is not a recognisable header: none of its {headerFields.Count} column names is known " +
                $"(expected names like reference/kenmerk, surname/achternaam, postcode){hint}")];
        }
        return PartnerColumns.All.Where(definition => indexes[(int)definition.Column] < 0 && IsRequired(definition, indexes))
            .Select(MissingColumn);
    }

    private static bool IsRequired(PartnerColumnDefinition definition, int[] indexes) => definition.Requirement switch
    {
        ColumnRequirement.Required => true,
        ColumnRequirement.RequiredUnlessStreet => indexes[(int)PartnerColumn.Street] < 0,
        _ => false,
    };

    private static StructuralError MissingColumn(PartnerColumnDefinition definition)
    {
        var message = $"required column '{definition.Name}' is missing (accepted names: {string.Join(", ", definition.AcceptedNames)})";
        if (definition.Requirement == ColumnRequirement.RequiredUnlessStreet)
        {
            var street = PartnerColumns.Get(PartnerColumn.Street);
            message += $"; it may be left out only when the house number is part of a street column ({string.Join(", ", street.AcceptedNames)})";
        }
        return new StructuralError(StructuralError.HeaderMissingColumn, message);
    }
}
