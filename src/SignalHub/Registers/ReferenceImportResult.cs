namespace SignalHub.Registers;

/// <summary>
/// The receipt of a register import, the same for every register; contract of the <c>--json</c> output
/// (<c>rowsRead</c>, <c>rowsImported</c>, <c>rowsRejected</c>, <c>error</c>, <c>errors</c>): scripts rely on it.
/// </summary>
public sealed record ReferenceImportResult(int RowsRead, int RowsImported, int RowsRejected, string? Error, IReadOnlyList<ReferenceImportError> Errors)
{
    public static ReferenceImportResult Refused(string error) => new(0, 0, 0, error, []);
}

/// <summary>One refused line: where, which column (null when the line itself could not be read), and why.</summary>
public sealed record ReferenceImportError(int Line, string? Column, string Reason);
