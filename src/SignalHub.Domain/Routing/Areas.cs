using System.Globalization;
using SignalHub.Domain.Addresses;

namespace SignalHub.Domain.Routing;

/// <summary>A wijkteam's postcode range, both bounds in PC6 form (<c>1011AA</c> to <c>1019ZZ</c>), inclusive.</summary>
public sealed record AreaRange(string From, string To, string Team)
{
    public bool Covers(string postcode) =>
        string.CompareOrdinal(From, postcode) <= 0 && string.CompareOrdinal(postcode, To) <= 0;

    /// <summary>How many PC6 codes the range spans (letter pairs never issued included): the smaller, the more specific.</summary>
    public long Width => Areas.Ordinal(To) - Areas.Ordinal(From);
}

/// <summary>
/// Reads area bounds and picks the team of a postcode. A bound is a PC6 postcode (<c>1011AB</c>) or a PC4
/// area (<c>1011</c>), which means its whole range: <c>1011AA</c> as the lower bound, <c>1011ZZ</c> as the upper.
/// Ranges may overlap: the most specific one wins, that is the narrowest; between equally wide ranges the one
/// starting latest, then the team name in ordinal order, so the choice never depends on the import order.
/// </summary>
public static class Areas
{
    public static bool TryParseBound(string? raw, bool upper, out string bound, out string? error)
    {
        bound = "";
        var compact = string.Concat((raw ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-')).ToUpperInvariant();
        if (compact.Length == 4)
        {
            if (compact[0] is >= '1' and <= '9' && compact.All(char.IsAsciiDigit))
            {
                bound = compact + (upper ? "ZZ" : "AA");
                error = null;
                return true;
            }
            error = $"postcode '{raw?.Trim()}' is not a PC4 area (4 digits not starting with 0, e.g. '1011') nor a PC6 postcode (e.g. '1011AB')";
            return false;
        }
        if (!Postcode.TryParse(raw, out var postcode, out error))
            return false;
        bound = postcode.Value;
        return true;
    }

    /// <summary>The team whose range covers <paramref name="postcode"/> most specifically, or null.</summary>
    public static string? TeamFor(string postcode, IEnumerable<AreaRange> areas) =>
        areas.Where(a => a.Covers(postcode))
            .OrderBy(a => a.Width).ThenByDescending(a => a.From, StringComparer.Ordinal).ThenBy(a => a.Team, StringComparer.Ordinal)
            .Select(a => a.Team).FirstOrDefault();

    /// <summary>A PC6 code as a number, so widths can be compared: 4 digits times 676 letter pairs.</summary>
    internal static long Ordinal(string pc6) =>
        (long.Parse(pc6.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture) * 26 + (pc6[4] - 'A')) * 26 + (pc6[5] - 'A');
}
