namespace SignalHub.Security.Retention;

/// <summary>
/// How long each kind of personal data is kept (<c>Retention:*</c>). The statutory terms could not be confirmed,
/// so every default is an assumption with its source in docs/security.md ("Retention and minimisation").
/// </summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Signals and matches that never became a case, in months after their month. Default 6 (register practice for matching data).</summary>
    public int SignalsNotActedOnMonths { get; set; } = 6;

    /// <summary>Closed cases with their attempts, events, hand-overs and signals, in months after closure. Default 18 (outreach case data in practice).</summary>
    public int ClosedCaseMonths { get; set; } = 18;

    /// <summary>Uploaded files and their chunks, in days after the delivery was received. Default 1: deleted the night after processing.</summary>
    public int UploadedFileDays { get; set; } = 1;

    /// <summary>Rejected rows (the error report), in months after the delivery. Default 6, as signals not acted on.</summary>
    public int RejectedRowMonths { get; set; } = 6;

    /// <summary>Audit entries, in months. Default 24: an assumption (long enough to answer a data subject's request about the last case term).</summary>
    public int AuditMonths { get; set; } = 24;

    public string? Problem() =>
        SignalsNotActedOnMonths < 1 ? $"{Section}:SignalsNotActedOnMonths must be 1 month or more"
        : ClosedCaseMonths < 1 ? $"{Section}:ClosedCaseMonths must be 1 month or more"
        : UploadedFileDays < 0 ? $"{Section}:UploadedFileDays must be 0 days or more"
        : RejectedRowMonths < 1 ? $"{Section}:RejectedRowMonths must be 1 month or more"
        : AuditMonths < ClosedCaseMonths ? $"{Section}:AuditMonths must be at least {Section}:ClosedCaseMonths, so who saw a case stays known while it exists"
        : null;
}
