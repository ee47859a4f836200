using SignalHub.Domain.Outreach;
using SignalHub.Domain.Vocabulary;
using SignalHub.Outreach;

namespace SignalHub.Demo;

/// <summary>One thing a worker did to a demo case, at an Amsterdam moment of the replay.</summary>
internal sealed record DemoStep(DateTimeOffset At, Func<CaseWork, Guid, string, CancellationToken, Task<CaseChange>> Do);

/// <summary>
/// The outreach the demo replays, so every screen has data: each case gets one of a few stories, by its place in the
/// month's list. Last month's cases mostly end (each way a case can end); this month's stand in every state of the
/// flow, with one waiting for a hand-over and one where the outreach rule still needs a visit in another day-part.
/// </summary>
internal static class DemoCaseWork
{
    public static IEnumerable<DemoStep> LastMonth(int index, DemoTimeline days, IReadOnlyList<string> workers) => (index % 7) switch
    {
        0 => [Visit(days.DaysAgo(32, 9, 30), false, workers), Call(days.DaysAgo(32, 14), false, workers),
              Visit(days.DaysAgo(31, 19, 30), false, workers), Call(days.DaysAgo(30, 11), false, workers),
              Close(days.DaysAgo(30, 16), new ClosingInput(CaseResult.NoContactPossible, Note: "Twee huisbezoeken en twee belpogingen zonder reactie."))],
        1 => [Call(days.DaysAgo(32, 10), true, workers), Status(days.DaysAgo(31, 15), CaseStage.HelpAccepted),
              Close(days.DaysAgo(27, 11), new ClosingInput(CaseResult.FollowUpFinancial, [Scheme.SpecialAssistance, Scheme.TaxRemission],
                  [HelpKind.PaymentArrangement], "Betalingsregeling met de verhuurder; aanvraag kwijtschelding ingediend."))],
        2 => [Visit(days.DaysAgo(31, 10), true, workers),
              Close(days.DaysAgo(31, 16), new ClosingInput(CaseResult.PaidOrArrangedThemselves, Note: "Heeft zelf een regeling getroffen."))],
        3 => [Visit(days.DaysAgo(30, 9, 30), false, workers)],
        4 => [Call(days.DaysAgo(31, 13), true, workers), Close(days.DaysAgo(31, 13, 30), new ClosingInput(CaseResult.NoHelpNeeded))],
        5 => [Visit(days.DaysAgo(29, 18, 45), true, workers),
              Close(days.DaysAgo(28, 10), new ClosingInput(CaseResult.BudgetAdviceOrQuickFix, [Scheme.CollectiveHealthInsurance], [HelpKind.OneOffAdvice]))],
        _ => [],
    };

    public static IEnumerable<DemoStep> ThisMonth(int index, DemoTimeline days, IReadOnlyList<string> workers) => (index % 10) switch
    {
        1 => [Status(days.DaysAgo(3, 9), CaseStage.Assigned)],
        2 => [Visit(days.DaysAgo(3, 9, 30), false, workers)],
        3 => [Visit(days.DaysAgo(3, 19, 30), false, [workers[0], "P. Hoekstra (woonconsulent)"], "Samen met de woningcorporatie aangebeld."),
              Call(days.DaysAgo(2, 14), true, workers)],
        4 => [Call(days.DaysAgo(2, 10), true, workers), Status(days.DaysAgo(1, 15), CaseStage.HelpAccepted)],
        5 => [Visit(days.DaysAgo(3, 9, 30), false, workers), Call(days.DaysAgo(3, 13), false, workers),
              Visit(days.DaysAgo(2, 19, 30), false, workers), Call(days.DaysAgo(1, 11), false, workers),
              Close(days.DaysAgo(1, 16), new ClosingInput(CaseResult.NoContactPossible))],
        6 => [Visit(days.DaysAgo(2, 10), false, workers), Visit(days.DaysAgo(2, 11, 30), false, workers), Call(days.DaysAgo(2, 12, 30), false, workers)],
        7 => [Call(days.DaysAgo(2, 11), true, workers),
              new(days.DaysAgo(1, 10), (work, id, actor, ct) => work.HandOverAsync(id, new HandOverInput("M. de Ruiter", "Schuldhulpverlening",
                  "Gaat over naar de schuldhulpverlening voor een saneringstraject."), actor, ct))],
        9 => [Visit(days.DaysAgo(2, 16), true, workers), Close(days.DaysAgo(2, 16, 30), new ClosingInput(CaseResult.NoHelpNeeded))],
        _ => [],
    };

    private static DemoStep Visit(DateTimeOffset at, bool reached, IReadOnlyList<string> workers, string? note = null) =>
        Attempt(at, ContactKind.HomeVisit, reached, workers, note);

    private static DemoStep Call(DateTimeOffset at, bool reached, IReadOnlyList<string> workers) =>
        Attempt(at, ContactKind.Phone, reached, [workers[0]], null);

    private static DemoStep Attempt(DateTimeOffset at, ContactKind kind, bool reached, IReadOnlyList<string> workers, string? note) =>
        new(at, (work, id, actor, ct) => work.RecordAttemptAsync(id, new AttemptInput(kind, at, reached, workers, note), actor, ct));

    private static DemoStep Status(DateTimeOffset at, CaseStage to) => new(at, (work, id, actor, ct) => work.ChangeStatusAsync(id, to, actor, ct));

    private static DemoStep Close(DateTimeOffset at, ClosingInput closing) => new(at, (work, id, actor, ct) => work.CloseAsync(id, closing, actor, ct));
}
