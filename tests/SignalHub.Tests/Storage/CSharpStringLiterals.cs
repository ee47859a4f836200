using System.Text;

namespace SignalHub.Tests.Storage;

/// <summary>
/// Finds the string literals of a C# file without a compiler: regular, verbatim, raw and interpolated forms
/// (holes may hold strings of their own), skipping comments and character literals.
/// </summary>
internal sealed partial class CSharpStringLiterals
{
    private readonly string _file;
    private readonly string _s;
    private int _i;

    private CSharpStringLiterals(string file, string source)
    {
        _file = file;
        _s = source.Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    public static IReadOnlyList<SourceLiteral> Scan(string file, string source) => new CSharpStringLiterals(file, source).ScanAll();

    private List<SourceLiteral> ScanAll()
    {
        var found = new List<SourceLiteral>();
        while (_i < _s.Length)
        {
            if (Skipped())
                continue;
            if (LiteralStartsAt(_i, out var dollars, out var verbatim, out var quote))
            {
                var start = _i;
                var parts = ReadLiteral(quote, dollars, verbatim);
                var line = 1 + _s.AsSpan(0, start).Count('\n');
                var before = _s[Math.Max(0, start - 60)..start];
                found.Add(new SourceLiteral(_file, line, parts, before));
                continue;
            }
            _i++;
        }
        return found;
    }

    /// <summary>Steps over a comment or a character literal at the cursor.</summary>
    private bool Skipped()
    {
        if (At("//"))
            _i = IndexOrEnd("\n", _i);
        else if (At("/*"))
            _i = IndexOrEnd("*/", _i + 2) + 2;
        else if (_s[_i] == '\'')
        {
            _i++;
            while (_i < _s.Length && _s[_i] != '\'' && _s[_i] != '\n')
                _i += _s[_i] == '\\' ? 2 : 1;
            _i++;
        }
        else
            return false;
        return true;
    }

    private bool LiteralStartsAt(int at, out int dollars, out bool verbatim, out int quote)
    {
        (dollars, verbatim, quote) = (0, false, at);
        if (at > 0 && (char.IsLetterOrDigit(_s[at - 1]) || _s[at - 1] == '_'))
            return false;
        while (quote < _s.Length && (_s[quote] == '$' || (_s[quote] == '@' && !verbatim)))
        {
            if (_s[quote] == '$')
                dollars++;
            else
                verbatim = true;
            quote++;
        }
        return quote < _s.Length && _s[quote] == '"';
    }

    private List<LiteralPart> ReadLiteral(int quote, int dollars, bool verbatim)
    {
        var quotes = RunLength(quote, '"');
        if (!verbatim && quotes >= 3)
            return ReadRaw(quote + quotes, quotes, dollars);
        if (quotes == 2 && !verbatim)
        {
            _i = quote + 2;
            return [];
        }
        var parts = new List<LiteralPart>();
        var text = new StringBuilder();
        _i = quote + 1;
        while (_i < _s.Length)
        {
            var c = _s[_i];
            if (!verbatim && c == '\\')
            {
                text.Append(Unescape(_s[_i + 1]));
                _i += 2;
            }
            else if (c == '"' && verbatim && At("\"\""))
            {
                text.Append('"');
                _i += 2;
            }
            else if (c == '"' || (c == '\n' && !verbatim))
            {
                _i++;
                break;
            }
            else if (dollars > 0 && (c == '{' || c == '}') && _i + 1 < _s.Length && _s[_i + 1] == c)
            {
                text.Append(c);
                _i += 2;
            }
            else if (dollars > 0 && c == '{')
            {
                Flush(parts, text);
                parts.Add(new LiteralPart(ReadHole(_i + 1, 1), true));
            }
            else
            {
                text.Append(c);
                _i++;
            }
        }
        Flush(parts, text);
        return parts;
    }

    private List<LiteralPart> ReadRaw(int contentStart, int quotes, int dollars)
    {
        var parts = new List<LiteralPart>();
        var text = new StringBuilder();
        _i = contentStart;
        while (_i < _s.Length)
        {
            if (_s[_i] == '"' && RunLength(_i, '"') >= quotes)
            {
                _i += RunLength(_i, '"');
                break;
            }
            var braces = _s[_i] == '{' ? RunLength(_i, '{') : 0;
            if (dollars > 0 && braces >= dollars)
            {
                text.Append('{', braces - dollars);
                Flush(parts, text);
                parts.Add(new LiteralPart(ReadHole(_i + braces, dollars), true));
                continue;
            }
            text.Append(_s[_i]);
            _i++;
        }
        Flush(parts, text);
        return RawIndentation.Strip(parts);
    }

    private static void Flush(List<LiteralPart> parts, StringBuilder text)
    {
        if (text.Length > 0)
            parts.Add(new LiteralPart(text.ToString(), false));
        text.Clear();
    }

    private static char Unescape(char c) => c switch
    {
        'n' => '\n',
        't' => '\t',
        'r' => '\r',
        '0' => '\0',
        _ => c,
    };

    private bool At(string text) => string.CompareOrdinal(_s, _i, text, 0, text.Length) == 0;

    private int IndexOrEnd(string text, int from) => _s.IndexOf(text, from, StringComparison.Ordinal) is var at and >= 0 ? at : _s.Length;

    private int RunLength(int from, char c)
    {
        var end = from;
        while (end < _s.Length && _s[end] == c)
            end++;
        return end - from;
    }
}
