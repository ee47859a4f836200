using SignalHub.Domain.Vocabulary;

namespace SignalHub.Domain.Outreach;

/// <summary>
/// The outreach flow: new, assigned, contact attempted, in contact, help accepted, closed. A case only moves
/// forward; a closed case does not change. Recording an attempt moves it by itself (see <see cref="AfterAttempt"/>);
/// closing always goes with a final result (<see cref="CaseClosing"/>).
/// </summary>
public static class CaseFlow
{
    private static readonly Dictionary<CaseStage, CaseStage[]> Next = new()
    {
        [CaseStage.New] = [CaseStage.Assigned, CaseStage.ContactAttempted, CaseStage.InContact, CaseStage.Closed],
        [CaseStage.Assigned] = [CaseStage.ContactAttempted, CaseStage.InContact, CaseStage.Closed],
        [CaseStage.ContactAttempted] = [CaseStage.InContact, CaseStage.Closed],
        [CaseStage.InContact] = [CaseStage.HelpAccepted, CaseStage.Closed],
        [CaseStage.HelpAccepted] = [CaseStage.Closed],
        [CaseStage.Closed] = [],
    };

    public static IReadOnlyList<CaseStage> AllowedFrom(CaseStage from) => Next[from];

    public static bool IsAllowed(CaseStage from, CaseStage to) => Next[from].Contains(to);

    /// <summary>A status change by hand; null when allowed. Closing is refused here: it needs a result.</summary>
    public static Refusal? RefuseMove(CaseStage from, CaseStage to)
    {
        if (from == CaseStage.Closed)
            return ClosedRefusal();
        if (from == to)
            return new Refusal("unchanged", $"The case is already {to.ToCode()}.", $"De zaak staat al op '{to.DutchLabel()}'.");
        if (to == CaseStage.Closed)
            return new Refusal("close_needs_result", "A case is closed with a final result: use close, not a status change.",
                "Een zaak wordt afgesloten met een eindresultaat, niet met een statuswijziging.");
        if (IsAllowed(from, to))
            return null;
        var options = Next[from].Where(s => s != CaseStage.Closed).ToList();
        return new Refusal("transition_not_allowed",
            $"A case cannot go from {from.ToCode()} to {to.ToCode()}; from {from.ToCode()} it {English(options)}.",
            $"Een zaak kan niet van '{from.DutchLabel()}' naar '{to.DutchLabel()}'; vanuit '{from.DutchLabel()}' {Dutch(options)}.");
    }

    /// <summary>Whether an attempt may be recorded in this stage; null when it may.</summary>
    public static Refusal? RefuseAttempt(CaseStage current, ContactKind kind, bool reached)
    {
        if (current == CaseStage.Closed)
            return ClosedRefusal();
        if (kind == ContactKind.Administrative && reached)
            return new Refusal("administrative_not_reached", "An administrative entry is work on the file: it cannot have reached the household.",
                "Een administratieve handeling is werk aan het dossier: daarmee is het huishouden niet bereikt.");
        return null;
    }

    /// <summary>
    /// The stage after an attempt: reached moves a case that was not yet in contact to in contact; not reached moves
    /// new and assigned to contact attempted. Administrative work is no attempt to reach anyone and moves nothing.
    /// </summary>
    public static CaseStage AfterAttempt(CaseStage current, ContactKind kind, bool reached) => current switch
    {
        _ when kind == ContactKind.Administrative => current,
        CaseStage.New or CaseStage.Assigned or CaseStage.ContactAttempted when reached => CaseStage.InContact,
        CaseStage.New or CaseStage.Assigned => CaseStage.ContactAttempted,
        _ => current,
    };

    public static Refusal ClosedRefusal() =>
        new("case_closed", "The case is closed; a closed case does not change.", "De zaak is afgesloten en verandert niet meer.");

    private static string English(IReadOnlyList<CaseStage> stages) =>
        stages.Count == 0 ? "can only be closed with a final result"
        : $"can go to {string.Join(" or ", stages.Select(s => s.ToCode()))}, or be closed with a final result";

    private static string Dutch(IReadOnlyList<CaseStage> stages) =>
        stages.Count == 0 ? "kan de zaak alleen nog worden afgesloten met een eindresultaat"
        : $"kan het naar {string.Join(" of ", stages.Select(s => $"'{s.DutchLabel()}'"))} of worden afgesloten met een eindresultaat";
}
