using SignalHub.Domain.Outreach;
using SignalHub.Domain.Vocabulary;

namespace SignalHub.Portal;

/// <summary>The words of the outreach pages: deadline risks, history entries, final results.</summary>
public static partial class Labels
{
    public static string DeadlineRisk(string code) =>
        Enum.GetValues<DeadlineRisk>().Where(r => r.ToCode() == code).Select(r => r.DutchLabel()).FirstOrDefault() ?? code;

    public static string CaseEvent(string code) => code switch
    {
        "attempt" => "Contactpoging",
        "status" => "Status gewijzigd",
        "closed" => "Afgesloten",
        "handover_offered" => "Overdracht aangeboden",
        "handover_accepted" => "Overdracht geaccepteerd",
        "aftercare_planned" => "Nazorg gepland",
        "followup_done" => "Nazorg gedaan",
        "at_risk" => "Termijn in gevaar",
        "overdue" => "Termijn verstreken",
        _ => code,
    };

    /// <summary>A final result in plain Dutch, for a result code as stored; the code itself when it is unknown.</summary>
    public static string CaseResult(string? code) =>
        code is null ? "" : CaseResults.TryParse(code, out var result, out _) ? result.PlainDutch() : code;

    /// <summary>Whether an attempt reached the household.</summary>
    public static string Reached(bool reached) => reached ? "bereikt" : "niet bereikt";

    /// <summary>"oktober 2026" for a stored period code like "2026-10".</summary>
    public static string Period(string code) =>
        Domain.Values.Period.TryParse(code, out var period, out _) ? Period(period) : code;

    /// <summary>"1 maand", "3 maanden".</summary>
    public static string Months(int months) => months == 1 ? "1 maand" : $"{months} maanden";

    /// <summary>"1 poging", "3 pogingen".</summary>
    public static string Counted(int count, string one, string many) => $"{Count(count)} {(count == 1 ? one : many)}";
}
