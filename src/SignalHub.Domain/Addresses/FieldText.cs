namespace SignalHub.Domain.Addresses;

/// <summary>Tidies one raw partner field: trimmed, inner whitespace collapsed, placeholders made empty.</summary>
internal static class FieldText
{
    // Exports write "nothing" in many ways; none of these is a street, number, letter or addition.
    private static readonly HashSet<string> Placeholders = new(StringComparer.OrdinalIgnoreCase)
    {
        "-", "--", ".", "nvt", "n.v.t.", "n.v.t", "n/a", "null", "geen", "none",
    };

    /// <summary>The tidied text, or null when the field is empty or only a placeholder.</summary>
    public static string? Tidy(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var tidy = string.Join(' ', raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return Placeholders.Contains(tidy) ? null : tidy;
    }
}
