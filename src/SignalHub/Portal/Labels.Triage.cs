using SignalHub.Dispatch;
using SignalHub.Domain.Vocabulary;

namespace SignalHub.Portal;

/// <summary>The words of the triage pages: the match's history, the SDV hit and the routing decisions.</summary>
public static partial class Labels
{
    public static string CollectionStage(string? code) =>
        code is null ? "" : CollectionStages.TryParse(code, out var stage, out _) ? stage.DutchLabel().ToLower(Dutch) : code;

    public static string MatchEvent(string code) => code switch
    {
        "joined" => "signaal erbij",
        "left" => "signaal eraf",
        _ => code,
    };

    public static string HitLikelihood(string code) => code switch
    {
        "likely" => "waarschijnlijk bekend bij SDV",
        "possible" => "mogelijk bekend bij SDV",
        _ => code,
    };

    public static string HitStatus(string code) => code switch
    {
        Dispatch.HitStatus.Open => "nog niet beoordeeld",
        Dispatch.HitStatus.Confirmed => "bevestigd",
        Dispatch.HitStatus.Rejected => "afgewezen",
        _ => code,
    };

    public static string RoutingDecision(string kind) => kind switch
    {
        RoutingDecisionKind.Dispatch => "automatisch uitgezet",
        RoutingDecisionKind.Join => "bij lopende zaak gevoegd",
        RoutingDecisionKind.NotPickedUp => "niet opgepakt",
        RoutingDecisionKind.Reassign => "opnieuw toegewezen",
        RoutingDecisionKind.ConfirmKnownClient => "SDV bevestigt: bekend",
        RoutingDecisionKind.RejectKnownClient => "SDV wijst af: niet bekend",
        _ => kind,
    };

    /// <summary>Who decided, in words: the automatic router has no person's name.</summary>
    public static string DecidedBy(string by) => by == RoutingDecisionKind.Automatic ? "SignalHub (automatisch)" : by;

    public static string MatchLink(string kind) => kind switch
    {
        Matching.PersonLinks.PossiblyMoved => "mogelijk verhuisd",
        _ => kind,
    };

    /// <summary>Why a routing change was refused, for the person who tried it.</summary>
    public static string RoutingRefusal(RoutingChangeOutcome outcome) => outcome switch
    {
        RoutingChangeOutcome.CaseNotFound => "Deze zaak bestaat niet (meer). Er is niets gewijzigd.",
        RoutingChangeOutcome.CaseClosed => "Deze zaak is afgesloten en houdt haar route. Er is niets gewijzigd.",
        _ => "De wijziging is niet doorgevoerd.",
    };
}
