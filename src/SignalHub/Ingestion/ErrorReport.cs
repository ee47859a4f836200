using System.Text;

namespace SignalHub.Ingestion;

/// <summary>
/// The downloadable error report. It holds only what the partner sent itself, and every cell is guarded
/// against formula injection so it opens safely in a spreadsheet.
/// </summary>
public static class ErrorReport
{
    public static string ToCsv(IEnumerable<ReceiptError> errors)
    {
        var csv = new StringBuilder("line;column;code;reason\r\n");
        foreach (var e in errors)
            csv.Append(e.Line).Append(';').Append(Cell(e.Column)).Append(';').Append(Cell(e.Code)).Append(';').Append(Cell(e.Reason)).Append("\r\n");
        return csv.ToString();
    }

    /// <summary>
    /// The same report for a person, as the portal offers it: Dutch headers, the field as partners call it and the Dutch
    /// reason; the code stays last, for whoever looks it up in the file description. The API's errors.csv keeps the English form.
    /// </summary>
    public static string ToDutchCsv(IEnumerable<ReceiptError> errors)
    {
        var csv = new StringBuilder("regel;veld;melding;code\r\n");
        foreach (var e in errors)
            csv.Append(e.Line).Append(';').Append(Cell(Portal.Labels.Field(e.Column))).Append(';').Append(Cell(e.ReasonNl)).Append(';').Append(Cell(e.Code)).Append("\r\n");
        return csv.ToString();
    }

    /// <summary>Quotes every cell, and prefixes a quote mark to cells that a spreadsheet would run as a formula.</summary>
    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return "";
        var safe = value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
