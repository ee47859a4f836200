using SignalHub.Cli;

namespace SignalHub.Registers;

/// <summary>A register import's receipt on the command line: the JSON contract, or a line of counts and a line per refused row.</summary>
internal static class ReferenceImportOutput
{
    public static void Write(ReferenceImportResult result, bool json, string what)
    {
        if (json)
        {
            JsonOutput.Write(result);
            return;
        }
        if (result.Error is not null)
        {
            Console.Error.WriteLine($"signalhub: refused: {result.Error}");
            return;
        }
        Console.WriteLine($"{result.RowsImported} {what} imported, {result.RowsRejected} rejected of {result.RowsRead} rows");
        foreach (var error in result.Errors)
            Console.WriteLine($"Line {error.Line}{(error.Column is null ? "" : $", {error.Column}")}: {error.Reason}");
    }
}
