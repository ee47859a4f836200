namespace SignalHub.Domain.Vocabulary;

/// <summary>
/// Where a signal stands before or without a case: the standard's EnumSignaalstatus (DDAS v0.9).
/// Five of the six are also final results of a case; they share SignalHub codes with
/// <see cref="CaseResult"/> so one can be translated into the other.
/// </summary>
public enum SignalStatus
{
    NotYetPickedUp = 1,
    UnjustifiedSignal,
    ResidentDeceased,
    NotAResident,
    RepeatSignal,
    NotPickedUpOtherReason,
}

public static class SignalStatuses
{
    public const string DdasEnum = "EnumSignaalstatus";

    private static readonly CodeList<SignalStatus> List = new(
        "signal status",
        new(SignalStatus.NotYetPickedUp, "not_yet_picked_up", "Nog niet opgepakt", "Nog niet opgepakt"),
        new(SignalStatus.UnjustifiedSignal, "unjustified_signal", "Niet opgepakt: onterecht signaal", "Niet opgepakt: onterecht signaal"),
        new(SignalStatus.ResidentDeceased, "resident_deceased", "Inwoner is overleden", "Inwoner is overleden"),
        new(SignalStatus.NotAResident, "not_a_resident", "Persoon is geen inwoner (meer) in de gemeente", "Persoon is geen inwoner (meer) in de gemeente"),
        new(SignalStatus.RepeatSignal, "repeat_signal", "Niet opgepakt: herhaalde melding", "Niet opgepakt: herhaalde melding"),
        new(SignalStatus.NotPickedUpOtherReason, "not_picked_up_other_reason", "Niet opgepakt: andere reden", "Niet opgepakt: andere reden"));

    public static IReadOnlyList<SignalStatus> All => List.All;

    public static bool TryParse(string? raw, out SignalStatus value, out string? error) => List.TryParse(raw, out value, out error);

    public static string ToCode(this SignalStatus value) => List.Code(value);

    public static string DutchLabel(this SignalStatus value) => List.Label(value);

    public static string ToDdas(this SignalStatus value) => List.Ddas(value)!;

    public static bool TryFromDdas(string? ddas, out SignalStatus value) => List.TryFromDdas(ddas, out value);

    public static SignalStatus FromDdas(string ddas) => List.FromDdas(ddas, DdasEnum);

    /// <summary>The signal status a closed case gives its signals, for the five results that are also statuses.</summary>
    public static bool TryFromCaseResult(CaseResult result, out SignalStatus status) =>
        List.TryParse(result.ToCode(), out status, out _);
}
