namespace SignalHub.Tests.Storage;

/// <summary>The holes of interpolated literals: C# expressions that may hold strings and braces of their own.</summary>
internal sealed partial class CSharpStringLiterals
{
    /// <summary>Reads a hole's expression (without alignment or format) and moves past its closing braces.</summary>
    private string ReadHole(int start, int closingBraces)
    {
        _i = start;
        int depth = 0, end = -1;
        while (_i < _s.Length)
        {
            if (LiteralStartsAt(_i, out var dollars, out var verbatim, out var quote))
            {
                ReadLiteral(quote, dollars, verbatim);
                continue;
            }
            if (_s[_i] == '\'')
            {
                Skipped();
                continue;
            }
            var c = _s[_i];
            if (c is '(' or '[' or '{')
                depth++;
            else if (c is ')' or ']' || (c == '}' && depth > 0))
                depth--;
            else if (c == '}')
                break;
            else if (depth == 0 && end < 0 && (c == ',' || (c == ':' && !At("::") && _s[_i - 1] != ':')))
                end = _i;
            _i++;
        }
        var expression = _s[start..(end < 0 ? _i : end)].Trim();
        _i += closingBraces;
        return expression;
    }
}
