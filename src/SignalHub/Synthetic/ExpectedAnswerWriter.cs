using System.Text.Encodings.Web;
using System.Text.Json;
using SignalHub.Domain.Routing;
using SignalHub.Domain.Vocabulary;

namespace SignalHub.Synthetic;

/// <summary>A signal as a match lists it: the partner's name and its reference.</summary>
internal sealed record SignalReference(string Partner, string Reference);

/// <summary>One door's expected match in one period.</summary>
internal sealed record ExpectedMatch(string Key, IReadOnlyList<SignalReference> References, IReadOnlyList<SignalReference> Withdrawn,
    int Persons, bool Recidivist, RoutingDecision Routing, bool KnownClient, bool JoinsOpenCase);

/// <summary>
/// Streams expected.json while the files are written: one match per door as soon as the door is done, so a
/// million signals never sit in memory. The policies the answer depends on are written into the file.
/// </summary>
internal sealed class ExpectedAnswerWriter : IDisposable
{
    private const int FlushBytes = 1 << 20;

    private readonly FileStream _stream;
    private readonly Utf8JsonWriter _json;

    public ExpectedAnswerWriter(string path, GeneratorSettings settings)
    {
        _stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        _json = new Utf8JsonWriter(_stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        _json.WriteStartObject();
        _json.WriteNumber("seed", settings.Seed);
        _json.WriteNumber("messyRate", settings.MessyRate);
        _json.WriteStartObject("files");
        _json.WriteString("partners", ReferenceFiles.Partners);
        _json.WriteString("areas", ReferenceFiles.Areas);
        _json.WriteString("sdvClients", ReferenceFiles.SdvClients);
        _json.WriteEndObject();
        _json.WriteStartObject("policies");
        foreach (var (name, rule) in Policies)
            _json.WriteString(name, rule);
        _json.WriteEndObject();
        _json.WriteStartArray("periods");
    }

    /// <summary>The rules of SignalHub the expected answer assumes; src/SignalHub/Synthetic/README.md says the same.</summary>
    public static IReadOnlyList<(string Name, string Rule)> Policies { get; } =
    [
        ("importOrder", "periods oldest first; within a period every partner's file in partners.csv order, then the replacement (_v2) files in the same order; each import matched and dispatched before the next"),
        ("matches", "Matching:Priority:ActOn=all: every address key with a current signal is a match; a key whose every signal was withdrawn keeps its match, resolved by the partner, with no signals"),
        ("references", "the current signals after replacement: a partner's _v2 file replaces its first file, references it drops are withdrawn"),
        ("recidivist", "Matching:RecidivismMonths=12: the door had a signal (so a match) in one of the 12 periods before; no person is signalled at two doors, so no 'possibly moved' link adds any"),
        ("persons", "distinct (surname key, birth date) among the current signals, the surname as written in the surname column"),
        ("routing", "decided once, when the door's match is first dispatched (after the first file in import order with a row at the door): sdv when sdv-clients.csv has a client at the door whose surname key and birth date equal those of a row at the door in that file; else budgetcoach when recidivist; else the wijkteam of the areas.csv range that covers the postcode and starts latest; else coordinator"),
        ("case", "new, or joins_open_case when the door had a match in any earlier period: its case is still open (nobody works cases here), so the match joins it and no case is made; routes counts new cases only"),
        ("knownClient", "the generator's intent: the door's main household is on sdv-clients.csv and signalled this month; routing may still miss it (the partner named instead, or the first file only from the lodger)"),
    ];

    public void BeginPeriod(string period, IEnumerable<(string Partner, string File)> imports)
    {
        _json.WriteStartObject();
        _json.WriteString("period", period);
        _json.WriteStartArray("imports");
        foreach (var (partner, file) in imports)
        {
            _json.WriteStartObject();
            _json.WriteString("partner", partner);
            _json.WriteString("file", file);
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
        _json.WriteStartArray("matches");
    }

    public void Match(ExpectedMatch match)
    {
        _json.WriteStartObject();
        _json.WriteString("key", match.Key);
        WriteReferences("references", match.References);
        WriteReferences("withdrawn", match.Withdrawn);
        _json.WriteNumber("persons", match.Persons);
        _json.WriteBoolean("recidivist", match.Recidivist);
        _json.WriteString("route", match.Routing.Route.ToString().ToLowerInvariant());
        _json.WriteString("team", match.Routing.Team);
        _json.WriteBoolean("knownClient", match.KnownClient);
        _json.WriteString("case", match.JoinsOpenCase ? "joins_open_case" : "new");
        _json.WriteEndObject();
        if (_json.BytesPending > FlushBytes)
            _json.Flush();
    }

    public void EndPeriod(PeriodTally tally)
    {
        _json.WriteEndArray();
        _json.WriteStartObject("totals");
        _json.WriteNumber("rows", tally.Rows);
        _json.WriteNumber("signals", tally.Signals);
        _json.WriteStartObject("signalsPerPartner");
        foreach (var partner in SyntheticPartners.All)
            _json.WriteNumber(partner.Name, tally.SignalsPerPartner[partner.Index]);
        _json.WriteEndObject();
        _json.WriteStartObject("replacementRowsPerPartner");
        foreach (var partner in SyntheticPartners.All.Where(p => tally.ReplacementRowsPerPartner[p.Index] >= 0))
            _json.WriteNumber(partner.Name, tally.ReplacementRowsPerPartner[partner.Index]);
        _json.WriteEndObject();
        _json.WriteStartObject("signalsPerCostType");
        foreach (var (costType, count) in tally.SignalsPerCostType)
            _json.WriteNumber(costType.ToCode(), count);
        _json.WriteEndObject();
        _json.WriteNumber("withdrawn", tally.Withdrawn);
        _json.WriteNumber("referrals", tally.Referrals);
        _json.WriteNumber("messyRows", tally.MessyRows);
        _json.WriteNumber("doors", tally.Doors);
        _json.WriteNumber("doorsWithSeveralSignals", tally.DoorsWithSeveralSignals);
        _json.WriteNumber("matches", tally.Matches);
        _json.WriteNumber("resolvedByPartner", tally.ResolvedByPartner);
        _json.WriteNumber("recidivists", tally.Recidivists);
        _json.WriteNumber("knownClients", tally.KnownClients);
        _json.WriteNumber("joinedOpenCases", tally.JoinedOpenCases);
        _json.WriteStartObject("routes");
        foreach (var (route, count) in tally.Routes)
            _json.WriteNumber(route.ToString().ToLowerInvariant(), count);
        _json.WriteEndObject();
        _json.WriteEndObject();
        _json.WriteEndObject();
    }

    public void Finish()
    {
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
    }

    private void WriteReferences(string name, IReadOnlyList<SignalReference> references)
    {
        _json.WriteStartArray(name);
        foreach (var r in references)
        {
            _json.WriteStartObject();
            _json.WriteString("partner", r.Partner);
            _json.WriteString("reference", r.Reference);
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
    }

    public void Dispose()
    {
        _json.Dispose();
        _stream.Dispose();
    }
}
