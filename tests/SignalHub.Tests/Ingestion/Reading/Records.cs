using SignalHub.Ingestion.Reading;

namespace SignalHub.Tests.Ingestion.Reading;

/// <summary>Reads CSV text in one call and writes records as short strings that compare well in assertions.</summary>
internal static class Records
{
    public static List<CsvRecord> Read(string text, char delimiter = ',', CsvLimits? limits = null, int firstLine = 1) =>
        Read(new StringReader(text), delimiter, limits, firstLine);

    public static List<CsvRecord> Read(TextReader text, char delimiter = ',', CsvLimits? limits = null, int firstLine = 1) =>
        new CsvRecordReader(text, delimiter, limits, firstLine).ReadAll().ToList();

    /// <summary>"3: a|b|c" for a record on line 3, "5: record.too_long" for an error record.</summary>
    public static string Describe(CsvRecord record) => record.Error is null
        ? $"{record.StartLine}: {string.Join("|", record.Fields)}"
        : $"{record.StartLine}: {record.Error.Code}";

    public static string[] Describe(IEnumerable<CsvRecord> records) => records.Select(Describe).ToArray();

    /// <summary>Expected values, written inline in a test.</summary>
    public static T[] Lines<T>(params T[] lines) => lines;
}

/// <summary>A TextReader that hands out text in small pieces of random size, so every buffer boundary gets hit.</summary>
internal sealed class TricklingReader(string text, Random random, int maxPiece) : TextReader
{
    private int _position;

    public override int Read(char[] buffer, int index, int count)
    {
        var piece = Math.Min(Math.Min(count, random.Next(1, maxPiece + 1)), text.Length - _position);
        text.CopyTo(_position, buffer, index, piece);
        _position += piece;
        return piece;
    }

    public override int Read(Span<char> buffer)
    {
        var piece = Math.Min(Math.Min(buffer.Length, random.Next(1, maxPiece + 1)), text.Length - _position);
        text.AsSpan(_position, piece).CopyTo(buffer);
        _position += piece;
        return piece;
    }
}
