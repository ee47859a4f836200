using System.Text.RegularExpressions;

namespace SignalHub.Tests.Storage;

/// <summary>
/// What the compiler does to a multi-line raw string: drops the opening and closing lines and removes the
/// closing line's indentation from every content line.
/// </summary>
internal static class RawIndentation
{
    public static List<LiteralPart> Strip(List<LiteralPart> parts)
    {
        if (parts.Count == 0 || parts[0].IsHole || parts[^1].IsHole)
            return parts;
        var first = parts[0].Text;
        var last = parts[^1].Text;
        var opening = first.IndexOf('\n', StringComparison.Ordinal);
        var closing = last.LastIndexOf('\n');
        if (opening < 0 || !string.IsNullOrWhiteSpace(first[..opening]) || closing < 0 || !string.IsNullOrWhiteSpace(last[(closing + 1)..]))
            return parts;
        var indentation = new Regex("\n[ \t]{0," + (last.Length - closing - 1) + "}", RegexOptions.CultureInvariant);
        var stripped = parts.ToList();
        stripped[^1] = new LiteralPart(last[..closing], false);
        stripped[0] = new LiteralPart("\n" + stripped[0].Text[(opening + 1)..], false);
        stripped = stripped.Select(part => part.IsHole ? part : new LiteralPart(indentation.Replace(part.Text, "\n"), false)).ToList();
        stripped[0] = new LiteralPart(stripped[0].Text[1..], false);
        return stripped.Where(part => part.IsHole || part.Text.Length > 0).ToList();
    }
}
