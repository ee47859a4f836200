using System.Globalization;
using System.Text;
using SignalHub.Ingestion;

namespace SignalHub.Reporting;

/// <summary>
/// The monitor as a spreadsheet: one row per figure (<c>period;figure;key;value</c>), keys for the figures
/// that break down. Every text cell goes through the error report's formula-injection guard.
/// </summary>
public static class MonitorCsv
{
    public const string Header = "period;figure;key;value";

    public static string ToCsv(IEnumerable<MonitorFigures> periods)
    {
        var csv = new StringBuilder(Header).Append("\r\n");
        foreach (var f in periods)
            foreach (var (figure, key, value) in Rows(f))
                csv.Append(ErrorReport.Cell(f.Period)).Append(';').Append(ErrorReport.Cell(figure)).Append(';')
                    .Append(ErrorReport.Cell(key)).Append(';').Append(value).Append("\r\n");
        return csv.ToString();
    }

    /// <summary>Every figure as (name, key, value), in the order of the monitor; the names are the JSON names.</summary>
    public static IEnumerable<(string Figure, string? Key, string Value)> Rows(MonitorFigures f)
    {
        yield return ("signalsReceived", null, Number(f.SignalsReceived));
        foreach (var (key, value) in f.SignalsByCostType)
            yield return ("signalsByCostType", key, Number(value));
        foreach (var (key, value) in f.SignalsByPartner)
            yield return ("signalsByPartner", key, Number(value));
        yield return ("uniqueAddresses", null, Number(f.UniqueAddresses));
        yield return ("households", null, Number(f.Households));
        yield return ("multipleArrearsHouseholds", null, Number(f.MultipleArrearsHouseholds));
        yield return ("multipleArrearsShare", null, Number(f.MultipleArrearsShare));
        yield return ("matches", null, Number(f.Matches));
        foreach (var (key, value) in f.Routed)
            yield return ("routed", key, Number(value));
        yield return ("contactMade", null, Number(f.ContactMade));
        yield return ("helpAccepted", null, Number(f.HelpAccepted));
        foreach (var (key, value) in f.Outcomes)
            yield return ("outcomes", key, Number(value));
        foreach (var (key, value) in f.SchemesAppliedFor)
            yield return ("schemesAppliedFor", key, Number(value));
        yield return ("medianDaysToFirstAttempt", null, Number(f.MedianDaysToFirstAttempt));
        yield return ("medianDaysToFirstContact", null, Number(f.MedianDaysToFirstContact));
        yield return ("withinNorm", null, Number(f.WithinNorm));
        yield return ("withinNormShare", null, Number(f.WithinNormShare));
        yield return ("recidivists", null, Number(f.Recidivists));
        yield return ("rejectedRows", null, Number(f.RejectedRows));
        foreach (var (key, value) in f.RejectedByReason)
            yield return ("rejectedByReason", key, Number(value));
        yield return ("addressesNotFound", null, Number(f.AddressesNotFound));
        yield return ("withdrawn", null, Number(f.Withdrawn));
        foreach (var p in f.Partners)
        {
            yield return ("partnerOnTime", p.Partner, Number(p.OnTime));
            yield return ("partnerLate", p.Partner, Number(p.Late));
            yield return ("partnerRejectedRows", p.Partner, Number(p.RejectedRows));
            yield return ("partnerAddressesNotFound", p.Partner, Number(p.AddressesNotFound));
            yield return ("partnerWithdrawn", p.Partner, Number(p.Withdrawn));
        }
    }

    // Invariant numbers (a point as decimal separator): the file is for import, the portal shows Dutch notation.
    private static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
