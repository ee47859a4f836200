namespace SignalHub.Domain.Values;

/// <summary>
/// Yes/no columns in partner files: true/false, ja/nee, j/n, yes/no, y/n, 1/0, waar/onwaar, in any
/// case, surrounding spaces ignored. An empty value is an error by default, because for most columns
/// "not filled in" is not the same as "no"; a column where empty means a default passes it with the
/// <c>whenEmpty</c> overload.
/// </summary>
public static class Flag
{
    private const string Accepted = "ja/nee, j/n, true/false, yes/no, y/n, 1/0, waar/onwaar";

    private static readonly Dictionary<string, bool> Spellings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["true"] = true, ["false"] = false,
        ["ja"] = true, ["nee"] = false,
        ["j"] = true, ["n"] = false,
        ["yes"] = true, ["no"] = false,
        ["y"] = true,
        ["1"] = true, ["0"] = false,
        ["waar"] = true, ["onwaar"] = false,
    };

    public static bool TryParse(string? raw, out bool value, out string? error)
    {
        value = false;
        if (string.IsNullOrWhiteSpace(raw))
        {
            error = $"flag is empty; expected one of {Accepted}";
            return false;
        }

        if (Spellings.TryGetValue(raw.Trim(), out value))
        {
            error = null;
            return true;
        }

        error = $"flag is not one of {Accepted}";
        return false;
    }

    /// <summary>As <see cref="TryParse(string?, out bool, out string?)"/>, but an empty value yields <paramref name="whenEmpty"/>.</summary>
    public static bool TryParse(string? raw, bool whenEmpty, out bool value, out string? error)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            value = whenEmpty;
            error = null;
            return true;
        }

        return TryParse(raw, out value, out error);
    }
}
