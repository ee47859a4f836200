using System.Data.Common;
using Dapper;
using SignalHub.Domain.Matching;
using SignalHub.Domain.Values;
using SignalHub.Domain.Vocabulary;
using SignalHub.Storage;
using SignalHub.Storage.Dialects;

namespace SignalHub.Matching;

/// <summary>
/// The changes of one regrouping run to matches and their history, gathered in memory and written in a
/// few bulk statements at the end; every change leaves an event.
/// </summary>
internal sealed class MatchWrites(DateTime now)
{
    private static readonly BulkTable MatchTable = new("matches",
    [
        "id", "period", "address_key", "postcode", "house_number", "house_letter", "addition", "street", "city", "status",
        "priority_class", "priority_score", "reasons", "signal_count", "partner_count", "cost_types", "multiple_arrears", "actionable",
        "recidivist_of", "address_status", "bag_id", "created_at", "updated_at",
    ]);
    private static readonly BulkTable EventTable = new("match_events", ["id", "match_id", "at", "event", "signal_id", "reason"]);
    private static readonly string[] UpdateParameters =
    [
        "Status", "Street", "City", "Class", "Score", "Reasons", "SignalCount", "PartnerCount", "CostTypes", "Multiple", "Actionable",
        "RecidivistOf", "AddressStatus", "BagId", "Now", "Id",
    ];
    private const string UpdateSql = """
        UPDATE matches SET status = @Status, street = @Street, city = @City, priority_class = @Class, priority_score = @Score, reasons = @Reasons,
               signal_count = @SignalCount, partner_count = @PartnerCount, cost_types = @CostTypes, multiple_arrears = @Multiple,
               actionable = @Actionable, recidivist_of = @RecidivistOf, address_status = @AddressStatus, bag_id = @BagId,
               updated_at = @Now
        WHERE id = @Id
        """;
    private const string ResolveSql = "UPDATE matches SET status = @Status, signal_count = 0, actionable = @No, updated_at = @Now WHERE id = @Id";

    private readonly List<object?[]> _inserts = [];
    private readonly List<object?[]> _updates = [];
    private readonly List<object?[]> _resolves = [];
    private readonly List<Guid> _joins = [];
    private readonly List<object?[]> _events = [];

    public void Insert(Guid id, Period period, SignalRecord address, MatchDecision decision, string reasons, Recidivism? recidivism,
        Resolution resolution) =>
        _inserts.Add([
            id, period.ToString(), address.AddressKey, address.Postcode, address.HouseNumber, address.HouseLetter, address.Addition,
            address.Street, address.City, MatchStatus.Open.ToCode(), ClassCode(decision), decision.Priority.Score, reasons, decision.Signals.Count,
            decision.PartnerCount, CostTypeCodes(decision), decision.MultipleArrears, decision.Actionable, recidivism?.MatchId,
            resolution.AddressStatus, resolution.BagId, now, now,
        ]);

    public void Update(Guid id, string status, SignalRecord address, MatchDecision decision, string reasons, Recidivism? recidivism,
        Resolution resolution) =>
        _updates.Add([
            status == MatchStatus.ResolvedByPartner.ToCode() ? MatchStatus.Open.ToCode() : status, address.Street, address.City, ClassCode(decision),
            decision.Priority.Score, reasons, decision.Signals.Count, decision.PartnerCount, CostTypeCodes(decision), decision.MultipleArrears,
            decision.Actionable, recidivism?.MatchId, resolution.AddressStatus, resolution.BagId, now, id,
        ]);

    public void ResolveByPartner(Guid id) => _resolves.Add([MatchStatus.ResolvedByPartner.ToCode(), false, now, id]);

    /// <summary>Moves signals into their match (the one of their address), each with a "joined" event.</summary>
    public void Join(Guid id, IEnumerable<Guid> signalIds)
    {
        foreach (var signalId in signalIds)
        {
            _joins.Add(signalId);
            _events.Add([Guid.CreateVersion7(), id, now, "joined", signalId, "signaal ontvangen"]);
        }
    }

    /// <summary>Signals that belonged to the match but are no longer current: withdrawn or replaced by the partner.</summary>
    public void RecordDepartures(Guid id, IEnumerable<Departure> departed)
    {
        foreach (var d in departed)
            _events.Add([Guid.CreateVersion7(), id, now, "left", d.SignalId,
                d.Status == SignalStanding.Withdrawn.ToCode() ? $"ingetrokken door partner{(d.Reason is null ? "" : $": {d.Reason}")}" : "vervangen door nieuwere levering"]);
    }

    /// <summary>The departed signals of these matches that have no "left" event yet, by match.</summary>
    public static async Task<ILookup<Guid, Departure>> DeparturesAsync(DbConnection c, DbTransaction t, ISqlDialect dialect,
        IReadOnlyCollection<Guid> matchIds, CancellationToken ct) =>
        (await ListQuery.ReadAsync<Departure, Guid>(c, t, $"""
            SELECT s.match_id AS MatchId, s.id AS SignalId, s.status AS Status, s.status_reason AS Reason FROM signals s
            WHERE {dialect.InList("s.match_id", "Keys")} AND s.status <> 'current'
              AND NOT EXISTS (SELECT 1 FROM match_events e WHERE e.match_id = s.match_id AND e.signal_id = s.id AND e.event = 'left')
            """, matchIds, slice => dialect.IdList(slice), null, ct)).ToLookup(d => d.MatchId);

    /// <summary>Matches first: links and events point to them.</summary>
    public async Task SaveAsync(DbConnection c, DbTransaction t, ISqlDialect dialect, PersonLinks links, CancellationToken ct)
    {
        if (_inserts.Count > 0)
            await dialect.BulkInsertAsync(c, t, MatchTable, _inserts, ct);
        await dialect.ExecuteEachAsync(c, t, UpdateSql, UpdateParameters, _updates, ct);
        await dialect.ExecuteEachAsync(c, t, ResolveSql, ["Status", "No", "Now", "Id"], _resolves, ct);
        // A signal joins the match of its address: one statement per slice of signals, not one per signal.
        await ListQuery.ExecuteAsync(c, t, $"""
            UPDATE signals SET match_id = (SELECT m.id FROM matches m WHERE m.period = signals.period AND m.address_key = signals.address_key)
            WHERE {dialect.InList("id", "Keys")}
            """, _joins, slice => dialect.IdList(slice), null, ct);
        await links.SaveAsync(c, t, dialect, ct);
        if (_events.Count > 0)
            await dialect.BulkInsertAsync(c, t, EventTable, _events, ct);
    }

    private static string ClassCode(MatchDecision decision) => decision.Priority.Class.ToString().ToLowerInvariant();

    private static string CostTypeCodes(MatchDecision decision) => string.Join(",", decision.CostTypes.Select(c => c.ToCode()));

    public sealed class Departure
    {
        public Guid MatchId { get; init; }
        public Guid SignalId { get; init; }
        public string Status { get; init; } = "";
        public string? Reason { get; init; }
    }
}

/// <summary>How a match's address resolved against the BAG register.</summary>
internal sealed record Resolution(string AddressStatus, string? BagId);
