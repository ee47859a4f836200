namespace SignalHub.Ingestion.Reading;

/// <summary>
/// Picks the delimiter from the header line: whichever of <c>;</c> <c>,</c> and tab occurs most often
/// outside quotes. A tie goes to <c>;</c>, then <c>,</c> (Dutch Excel writes <c>;</c>). A header with
/// none of them is read as one column with <c>,</c>; the header mapper then says what is missing.
/// </summary>
public static class DelimiterDetector
{
    public const char Fallback = ',';

    /// <param name="text">The start of the file: the first non-empty line is the header.</param>
    public static char Detect(ReadOnlySpan<char> text)
    {
        int semicolons = 0, commas = 0, tabs = 0;
        var inQuotes = false;
        var started = false;
        foreach (var c in text)
        {
            if (!started && c is '\r' or '\n')
            {
                continue;
            }
            started = true;
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes)
            {
                if (c is '\r' or '\n')
                {
                    break;
                }
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        return semicolons > 0 && semicolons >= commas && semicolons >= tabs ? ';'
            : commas > 0 && commas >= tabs ? ','
            : tabs > 0 ? '\t'
            : Fallback;
    }
}
