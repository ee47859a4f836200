using System.Text;
using SignalHub.Ingestion.Reading;

namespace SignalHub.Synthetic;

/// <summary>
/// One partner file being written, row by row straight to disk, in the partner's delimiter, encoding and
/// line ends, quoted as RFC 4180 asks where a value holds the delimiter, a quote or a line break.
/// </summary>
internal sealed class PartnerFileWriter : IDisposable
{
    private readonly StreamWriter _writer;
    private readonly FileStyle _style;

    public PartnerFileWriter(string path, FileStyle style)
    {
        _style = style;
        _writer = new StreamWriter(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16), EncodingOf(style.Encoding), 1 << 16);
        WriteLine(style.Columns.Select(style.Header));
    }

    public int Rows { get; private set; }

    public static Encoding EncodingOf(TextEncoding encoding) => encoding switch
    {
        TextEncoding.Utf8WithBom => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
        TextEncoding.Windows1252 => CodePagesEncodingProvider.Instance.GetEncoding(1252)!,
        _ => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
    };

    /// <summary>Writes the style's columns of <paramref name="fields"/>, which is indexed by <see cref="PartnerColumn"/>.</summary>
    public void Write(string?[] fields)
    {
        WriteLine(_style.Columns.Select(c => fields[(int)c]));
        Rows++;
    }

    private void WriteLine(IEnumerable<string?> values)
    {
        var first = true;
        foreach (var value in values)
        {
            if (!first)
                _writer.Write(_style.Delimiter);
            first = false;
            WriteField(value ?? "");
        }
        _writer.Write(_style.LineEnd);
    }

    private void WriteField(string value)
    {
        if (value.IndexOfAny(['"', '\r', '\n', _style.Delimiter]) < 0)
        {
            _writer.Write(value);
            return;
        }
        _writer.Write('"');
        _writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        _writer.Write('"');
    }

    public void Dispose() => _writer.Dispose();
}
