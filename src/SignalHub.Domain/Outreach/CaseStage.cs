using SignalHub.Domain.Vocabulary;

namespace SignalHub.Domain.Outreach;

/// <summary>Where a case stands in the outreach flow. The codes are what <c>cases.status</c> stores.</summary>
public enum CaseStage
{
    New = 1,
    Assigned,
    ContactAttempted,
    InContact,
    HelpAccepted,
    Closed,
}

public static class CaseStages
{
    private static readonly CodeList<CaseStage> List = new(
        "case status",
        new(CaseStage.New, "new", "Nieuw", null, "nieuw"),
        new(CaseStage.Assigned, "assigned", "Toegewezen", null, "toegewezen"),
        new(CaseStage.ContactAttempted, "contact_attempted", "Contact geprobeerd", null),
        new(CaseStage.InContact, "in_contact", "In contact", null),
        new(CaseStage.HelpAccepted, "help_accepted", "Hulp aanvaard", null),
        new(CaseStage.Closed, "closed", "Afgesloten", null, "afgesloten"));

    public static IReadOnlyList<CaseStage> All => List.All;

    public static bool TryParse(string? raw, out CaseStage value, out string? error) => List.TryParse(raw, out value, out error);

    /// <summary>Reads a stored status; a value the flow does not know is a bug, not input.</summary>
    public static CaseStage FromCode(string code) =>
        List.TryParse(code, out var value, out var error) ? value : throw new ArgumentException(error, nameof(code));

    public static string ToCode(this CaseStage value) => List.Code(value);

    public static string DutchLabel(this CaseStage value) => List.Label(value);

    /// <summary>The household answered at least once: a reached attempt moved the case here or further.</summary>
    public static bool IsReached(this CaseStage value) => value is CaseStage.InContact or CaseStage.HelpAccepted;
}
