using SignalHub.Domain.Vocabulary;

namespace SignalHub.Export.Ddas;

/// <summary>
/// SignalHub's stored codes in the standard's words. v0.9's EnumSignaalstatus has no value for a signal that was
/// picked up, so such a signal carries no status (the field is optional) until its case closes with a result that
/// is also a signal status.
/// </summary>
internal static class DdasVocabulary
{
    public static SignalStatus? StatusOf(DdasSignalRow signal)
    {
        if (signal.NotPickedUp is { } reason)
            return CaseResults.TryParse(reason, out var result, out _) && SignalStatuses.TryFromCaseResult(result, out var status)
                ? status : SignalStatus.NotPickedUpOtherReason;
        if (signal.CaseId is not null)
            return ResultOf(signal.CaseResult) is { } result && SignalStatuses.TryFromCaseResult(result, out var closed) ? closed : null;
        // Withdrawn by the partner before anyone picked it up: not picked up, for a reason the list does not name.
        return signal.State == SignalStanding.Withdrawn.ToCode() ? SignalStatus.NotPickedUpOtherReason : SignalStatus.NotYetPickedUp;
    }

    public static CaseResult? ResultOf(string? code) => CaseResults.TryParse(code, out var result, out _) ? result : null;

    public static string PartnerType(string costType) =>
        CostTypes.TryParse(costType, out var type, out _) ? type.ToSignalPartnerType().ToDdas() : SignalPartnerType.Other.ToDdas();

    public static string ContactKindOf(string code) =>
        (ContactKinds.TryParse(code, out var kind, out _) ? kind : ContactKind.Other).ToDdas();

    public static string DayPartOf(DdasAttemptRow attempt) =>
        (DayParts.TryParse(attempt.DayPart, out var part, out _) ? part : DayParts.Of(TimeOnly.FromDateTime(Outreach.AmsterdamTime.ToLocal(attempt.At)))).ToDdas();

    /// <summary>BAG's house letter and addition in the one field the standard has: "A", "2", "A-2".</summary>
    public static string? Addition(DdasSignalRow signal) =>
        (signal.HouseLetter, signal.Addition) switch
        {
            (null or "", null or "") => null,
            ({ Length: > 0 } letter, { Length: > 0 } addition) => $"{letter}-{addition}",
            var (letter, addition) => string.IsNullOrEmpty(letter) ? addition : letter,
        };

    /// <summary>Whole euros, as the standard's bedrag: rounded half away from zero.</summary>
    public static long WholeEuros(decimal amount) => (long)Math.Round(amount, MidpointRounding.AwayFromZero);
}
