namespace SignalHub.Ingestion;

/// <summary>
/// What a partner gets back for a delivery, the same in the API, the portal and <c>signalhub import --json</c>.
/// Field names are a contract. <c>Replaces</c> is the partner's earlier delivery of the month that this one replaces
/// (null for the month's first); <c>Withdraws</c> the number of that delivery's signals whose reference the new file
/// does not hold: expected from the file until the delivery completes, then the number actually withdrawn.
/// </summary>
public sealed record Receipt(
    Guid DeliveryId,
    string Partner,
    string Period,
    string Sha256,
    string Status,
    DateTime ReceivedAt,
    DateTime? CompletedAt,
    int RowsRead,
    int RowsAccepted,
    int RowsRejected,
    ReceiptProblem? Error,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<ReceiptError> Errors,
    Guid? Replaces,
    int Withdraws);

/// <summary>
/// A row error: <c>line</c> is the 1-based line where the record starts, the header being line 1. <c>reason</c> is
/// English; <c>reasonNl</c> says the same in Dutch (from the portal's one table of row error texts), with the value sent.
/// </summary>
public sealed record ReceiptError(int Line, string? Column, string Code, string Reason)
{
    public string ReasonNl => Portal.Labels.RowError(this);
}

/// <summary>Why a delivery was refused as a whole: <c>message</c> in English, <c>messageNl</c> in Dutch.</summary>
public sealed record ReceiptProblem(string Code, string Message)
{
    public string MessageNl => Portal.Labels.FileProblem(Code, Message);
}
