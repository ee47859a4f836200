namespace SignalHub.Reporting;

/// <summary>
/// The monitor of one month or quarter: anonymous counts only, so it can be frozen and outlive the records.
/// Each figure is defined here once; the CLI, the CSV and the portal show these same numbers. "In the period"
/// means the signal's, match's or case's own month (<c>period</c>), not the day a row was written.
/// </summary>
/// <param name="Period">The report period: <c>2026-11</c> or <c>2026-Q4</c>.</param>
/// <param name="SignalsReceived">Signals received (CBS: "aantal signalen"): accepted rows of the period, each partner
/// reference once; a row replaced by the partner's newer delivery of the month counts in its newer form only.
/// Withdrawn signals count: they were received.</param>
/// <param name="SignalsByCostType"><see cref="SignalsReceived"/> per cost type: rent, energy, water, health_insurance.</param>
/// <param name="SignalsByPartner"><see cref="SignalsReceived"/> per partner name.</param>
/// <param name="UniqueAddresses">Distinct addresses (postcode, number, letter, addition) among the signals received in the
/// whole period: a door reported in two months of a quarter counts once (CBS: "unieke adressen").</param>
/// <param name="Households">Households with a signal (CBS: "huishoudens"): one household per address per month, as the
/// match groups it; a quarter adds its months.</param>
/// <param name="MultipleArrearsHouseholds">Households whose match holds arrears of two or more cost types.</param>
/// <param name="MultipleArrearsShare">Percentage of <see cref="Households"/> with multiple arrears, one decimal.</param>
/// <param name="Matches">Matches acted on: households for which a case was made (routed somewhere).</param>
/// <param name="Routed">Cases per route: sdv, wijkteam, budgetcoach, coordinator.</param>
/// <param name="ContactMade">Cases with at least one attempt that reached the household (CBS: "contact gelegd").</param>
/// <param name="HelpAccepted">Cases where the household accepted help (CBS: "hulpaanbod geaccepteerd"): the case
/// reached the stage "Hulp aanvaard", or was closed with help that started.</param>
/// <param name="Outcomes">Final results per code of the DDAS standard (all fifteen, zero included): closed cases by their
/// result, plus matches that were not picked up, by the result that says why (repeat signal, unjustified, ...).</param>
/// <param name="SchemesAppliedFor">Closed cases per scheme the household applied for (a case can count for several).</param>
/// <param name="MedianDaysToFirstAttempt">Median days from the case's creation to its first contact attempt, of the cases
/// with an attempt; null when none has one.</param>
/// <param name="MedianDaysToFirstContact">Median days from the case's creation to the first attempt that reached the
/// household; null when none was reached.</param>
/// <param name="WithinNorm">Cases handled within the 28-day norm of the monthly cycle: contact made or the case closed no
/// later than 28 days after the case was made.</param>
/// <param name="WithinNormShare">Percentage of <see cref="Matches"/> handled within the norm, one decimal.</param>
/// <param name="Recidivists">Households reported again (recidive): matches whose address had an earlier match.</param>
/// <param name="Partners">The per-partner delivery figures.</param>
/// <param name="RejectedRows">Rows refused in the deliveries that count (each partner's newest completed delivery per month).</param>
/// <param name="RejectedByReason"><see cref="RejectedRows"/> per reason code (postcode.invalid, ...).</param>
/// <param name="AddressesNotFound">Current signals whose address is not in the municipality's BAG register.</param>
/// <param name="Withdrawn">Signals the partner withdrew.</param>
public sealed record MonitorFigures(
    string Period,
    int SignalsReceived,
    IReadOnlyDictionary<string, int> SignalsByCostType,
    IReadOnlyDictionary<string, int> SignalsByPartner,
    int UniqueAddresses,
    int Households,
    int MultipleArrearsHouseholds,
    decimal MultipleArrearsShare,
    int Matches,
    IReadOnlyDictionary<string, int> Routed,
    int ContactMade,
    int HelpAccepted,
    IReadOnlyDictionary<string, int> Outcomes,
    IReadOnlyDictionary<string, int> SchemesAppliedFor,
    decimal? MedianDaysToFirstAttempt,
    decimal? MedianDaysToFirstContact,
    int WithinNorm,
    decimal WithinNormShare,
    int Recidivists,
    IReadOnlyList<PartnerFigures> Partners,
    int RejectedRows,
    IReadOnlyDictionary<string, int> RejectedByReason,
    int AddressesNotFound,
    int Withdrawn)
{
    /// <summary>"live" when counted from the records now, "snapshot" when read from the frozen counts.</summary>
    public string Source { get; init; } = "live";

    /// <summary>When the snapshot was frozen; null for a live count.</summary>
    public DateTime? FrozenAt { get; init; }
}

/// <summary>One partner's deliveries in the period.</summary>
/// <param name="OnTime">Months the partner delivered before the month's deadline.</param>
/// <param name="Late">Months the partner delivered after the deadline, or not at all once the deadline passed.</param>
/// <param name="RejectedRows">Rows refused in the partner's deliveries that count.</param>
/// <param name="AddressesNotFound">The partner's current signals whose address is not in the BAG register.</param>
/// <param name="Withdrawn">Signals the partner withdrew.</param>
public sealed record PartnerFigures(string Partner, int Signals, int OnTime, int Late, int RejectedRows,
    IReadOnlyDictionary<string, int> RejectedByReason, int AddressesNotFound, int Withdrawn);
