using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SignalHub.Domain.Values;
using SignalHub.Domain.Vocabulary;

namespace SignalHub.Export.Ddas;

/// <summary>How many records one export wrote.</summary>
public sealed record DdasExportSummary(DateOnly From, DateOnly To, int Signals, int Cases, int ContactAttempts);

/// <summary>The export could not start; the message names the setting or value to fix.</summary>
public sealed class DdasExportRefusedException(string message) : Exception(message);

/// <summary>
/// Writes one DDAS Uitwisselmodel v0.9 document (schemas/ddas/) for a period: one levering for the configured
/// municipality, every signal of the period as a vroegsignaal and every case of those signals as a
/// vroegsignaalzaak. Streams page by page, so a large month never sits in memory whole.
/// </summary>
public sealed class DdasExporter
{
    public const string SchemaVersion = "0.9";

    private readonly DdasExportStore _store;
    private readonly IOptions<DdasExportOptions> _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<DdasExporter> _logger;

    internal DdasExporter(DdasExportStore store, IOptions<DdasExportOptions> options, TimeProvider clock, ILogger<DdasExporter> logger)
    {
        _store = store;
        _options = options;
        _clock = clock;
        _logger = logger;
    }

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The settings the export still lacks, in Dutch for the portal; empty when it can run.</summary>
    public IReadOnlyList<string> MissingInDutch() => _options.Value.MissingInDutch();

    /// <summary>Throws <see cref="DdasExportRefusedException"/> before writing anything when the export cannot be made.</summary>
    public void EnsureCanExport(DateOnly from, DateOnly to)
    {
        if (to < from)
            throw new DdasExportRefusedException($"--to {Date(to)} is before --from {Date(from)}");
        var missing = _options.Value.Missing();
        if (missing.Count > 0)
            throw new DdasExportRefusedException($"the DDAS export needs configuration: set {string.Join(", ", missing)}");
    }

    public async Task<DdasExportSummary> WriteAsync(Stream output, DateOnly from, DateOnly to, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(output);
        EnsureCanExport(from, to);
        var settings = _options.Value;
        var window = new DdasWindow(from, to);
        await using var json = new Utf8JsonWriter(output, WriterOptions);
        json.WriteStartObject();
        json.WriteString("startdatumLevering", Date(from));
        json.WriteString("einddatumLevering", Date(to));
        json.WriteString("aanleverdatumEnTijd", _clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        json.WriteString("codeGegevensleverancier", settings.SupplierCode);
        json.WriteStartArray("leveringen");
        json.WriteStartObject();
        json.WriteNumber("teller", 1);
        json.WriteString("gemeentecode", settings.MunicipalityCode);
        WriteOrganisation(json, settings);
        var signals = 0;
        json.WriteStartArray("vroegsignalen");
        await foreach (var page in _store.SignalsAsync(window, ct))
        {
            foreach (var signal in page)
                WriteSignal(json, signal);
            signals += page.Count;
            await json.FlushAsync(ct);
        }
        json.WriteEndArray();
        var (cases, attempts) = (0, 0);
        json.WriteStartArray("vroegsignaalzaken");
        await foreach (var page in _store.CasesAsync(window, ct))
        {
            foreach (var zaak in page)
                WriteCase(json, zaak);
            cases += page.Count;
            attempts += page.Sum(k => k.Attempts.Count);
            await json.FlushAsync(ct);
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(ct);
        _logger.LogInformation("DDAS export {From} to {To}: {Signals} signals, {Cases} cases, {Attempts} contact attempts",
            Date(from), Date(to), signals, cases, attempts);
        return new DdasExportSummary(from, to, signals, cases, attempts);
    }

    private static void WriteOrganisation(Utf8JsonWriter json, DdasExportOptions settings)
    {
        json.WriteStartObject("aanleverende_organisatie");
        json.WriteString("naam", settings.OrganisationName);
        if (!string.IsNullOrWhiteSpace(settings.ChamberOfCommerceNumber))
            json.WriteString("kvk-nummer", settings.ChamberOfCommerceNumber);
        json.WriteStartArray("contactpersoonen");
        foreach (var person in settings.ContactPersons)
        {
            json.WriteStartObject();
            WriteIfAny(json, "naam", person.Name);
            WriteIfAny(json, "telefoonnummer", person.Phone);
            WriteIfAny(json, "email", person.Email);
            WriteIfAny(json, "functietitel", person.JobTitle);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteSignal(Utf8JsonWriter json, DdasSignalRow signal)
    {
        json.WriteStartObject();
        json.WriteString("ID", signal.Id.ToString("D"));
        json.WriteBoolean("crisissignaal", signal.Crisis);
        json.WriteBoolean("warmeOverdracht", signal.WarmHandover);
        if (signal.Amount is { } amount)
            json.WriteNumber("bedrag", DdasVocabulary.WholeEuros(amount));
        if (signal.ArrearsSince is { } since)
            json.WriteString("ontstaansdatum", Date(since));
        json.WriteString("signaaldatum", Date(Outreach.AmsterdamTime.DateOf(signal.ReceivedAt)));
        if (DdasVocabulary.StatusOf(signal) is { } status)
            json.WriteString("status", status.ToDdas());
        json.WriteStartObject("signaalpartner");
        json.WriteString("type", DdasVocabulary.PartnerType(signal.CostType));
        json.WriteEndObject();
        json.WriteStartObject("client");
        json.WriteString("Postcode", signal.Postcode);
        json.WriteString("Huisnummer", signal.HouseNumber.ToString(CultureInfo.InvariantCulture));
        WriteIfAny(json, "Huisnummertoevoeging", DdasVocabulary.Addition(signal));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteCase(Utf8JsonWriter json, DdasCase zaak)
    {
        var record = zaak.Case;
        json.WriteStartObject();
        if (DdasVocabulary.ResultOf(record.Result) is { } result)
            json.WriteString("resultaat", result.ToDdas());
        json.WriteString("matchingsdatum", Date(Outreach.AmsterdamTime.DateOf(record.MatchedAt)));
        if (Period.TryParse(record.Period, out var period, out _))
        {
            json.WriteString("startdatum_matchtingperiode", Date(period.FirstDay));
            json.WriteString("einddatum_matchingperiode", Date(period.LastDay));
        }
        json.WriteString("datum_opgepakt", Date(Outreach.AmsterdamTime.DateOf(record.CreatedAt)));
        json.WriteStartArray("vroegsignalen");
        foreach (var id in zaak.SignalIds)
        {
            json.WriteStartObject();
            json.WriteString("ID", id.ToString("D"));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("contactpogingen");
        foreach (var attempt in zaak.Attempts)
        {
            json.WriteStartObject();
            json.WriteString("soort", DdasVocabulary.ContactKindOf(attempt.Kind));
            json.WriteBoolean("bereikt", attempt.Reached);
            json.WriteString("datum", Date(Outreach.AmsterdamTime.DateOf(attempt.At)));
            json.WriteString("dagdeel", DdasVocabulary.DayPartOf(attempt));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteIfAny(Utf8JsonWriter json, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
            json.WriteString(name, value);
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
