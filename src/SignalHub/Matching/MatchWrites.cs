using System.Data.Common;
using Dapper;
using SignalHub.Domain.Matching;
using SignalHub.Domain.Values;
using SignalHub.Domain.Vocabulary;
using SignalHub.Storage.Dialects;

namespace SignalHub.Matching;

/// <summary>The statements that change a match and its history; every change leaves an event.</summary>
internal static class MatchWrites
{
    public static Task InsertAsync(DbConnection c, DbTransaction t, Guid id, Period period, SignalRecord address, MatchDecision decision,
        string reasons, Recidivism? recidivism, Resolution resolution, DateTime now, CancellationToken ct) =>
        c.ExecuteAsync(new CommandDefinition("""
            INSERT INTO matches (id, period, address_key, postcode, house_number, house_letter, addition, street, city, status,
                                 priority_class, priority_score, reasons, signal_count, partner_count, cost_types,
                                 multiple_arrears, actionable, recidivist_of, address_status, bag_id, created_at, updated_at)
            VALUES (@Id, @Period, @AddressKey, @Postcode, @HouseNumber, @HouseLetter, @Addition, @Street, @City, @Status,
                    @Class, @Score, @Reasons, @SignalCount, @PartnerCount, @CostTypes, @Multiple, @Actionable, @RecidivistOf,
                    @AddressStatus, @BagId, @Now, @Now)
            """, new
        {
            Id = id, Period = period.ToString(), address.AddressKey, address.Postcode, address.HouseNumber, address.HouseLetter,
            address.Addition, address.Street, address.City, Status = MatchStatus.Open,
            Class = decision.Priority.Class.ToString().ToLowerInvariant(), decision.Priority.Score, Reasons = reasons,
            SignalCount = decision.Signals.Count, decision.PartnerCount, CostTypes = CostTypeCodes(decision),
            Multiple = decision.MultipleArrears, decision.Actionable, RecidivistOf = recidivism?.MatchId,
            resolution.AddressStatus, resolution.BagId, Now = now,
        }, t, cancellationToken: ct));

    public static Task UpdateAsync(DbConnection c, DbTransaction t, Guid id, string status, SignalRecord address, MatchDecision decision,
        string reasons, Recidivism? recidivism, Resolution resolution, DateTime now, CancellationToken ct) =>
        c.ExecuteAsync(new CommandDefinition("""
            UPDATE matches SET status = @Status, street = @Street, city = @City, priority_class = @Class, priority_score = @Score, reasons = @Reasons,
                   signal_count = @SignalCount, partner_count = @PartnerCount, cost_types = @CostTypes, multiple_arrears = @Multiple,
                   actionable = @Actionable, recidivist_of = @RecidivistOf, address_status = @AddressStatus, bag_id = @BagId,
                   updated_at = @Now
            WHERE id = @Id
            """, new
        {
            Id = id, Status = status == MatchStatus.ResolvedByPartner ? MatchStatus.Open : status, address.Street, address.City,
            Class = decision.Priority.Class.ToString().ToLowerInvariant(), decision.Priority.Score, Reasons = reasons,
            SignalCount = decision.Signals.Count, decision.PartnerCount, CostTypes = CostTypeCodes(decision),
            Multiple = decision.MultipleArrears, decision.Actionable, RecidivistOf = recidivism?.MatchId,
            resolution.AddressStatus, resolution.BagId, Now = now,
        }, t, cancellationToken: ct));

    public static Task ResolveByPartnerAsync(DbConnection c, DbTransaction t, Guid id, DateTime now, CancellationToken ct) =>
        c.ExecuteAsync(new CommandDefinition(
            "UPDATE matches SET status = @Status, signal_count = 0, actionable = @No, updated_at = @Now WHERE id = @Id",
            new { Id = id, Status = MatchStatus.ResolvedByPartner, No = false, Now = now }, t, cancellationToken: ct));

    /// <summary>
    /// Moves signals into their match. The update is immediate, so a later address of the same run finds these
    /// signals' persons here; their "joined" events go to <paramref name="events"/> for one bulk load at the end.
    /// </summary>
    public static async Task JoinAsync(DbConnection c, DbTransaction t, Guid id, IReadOnlyList<Guid> signalIds, List<object?[]> events,
        DateTime now, CancellationToken ct)
    {
        foreach (var signalId in signalIds)
        {
            await c.ExecuteAsync(new CommandDefinition("UPDATE signals SET match_id = @Id WHERE id = @SignalId",
                new { Id = id, SignalId = signalId }, t, cancellationToken: ct));
            events.Add([Guid.CreateVersion7(), id, now, "joined", signalId, "signaal ontvangen"]);
        }
    }

    /// <summary>The "joined" events of a whole run in one bulk load, not one statement per signal.</summary>
    public static Task AddJoinedEventsAsync(DbConnection c, DbTransaction t, ISqlDialect dialect, List<object?[]> events, CancellationToken ct) =>
        dialect.BulkInsertAsync(c, t, EventTable, events, ct);

    private static readonly BulkTable EventTable = new("match_events", ["id", "match_id", "at", "event", "signal_id", "reason"]);

    /// <summary>Signals that belonged to the match but are no longer current: withdrawn or replaced by the partner.</summary>
    public static async Task RecordDeparturesAsync(DbConnection c, DbTransaction t, Guid id, DateTime now, CancellationToken ct)
    {
        var departed = await c.QueryAsync<Departure>(new CommandDefinition("""
            SELECT s.id AS SignalId, s.status AS Status, s.status_reason AS Reason FROM signals s
            WHERE s.match_id = @Id AND s.status <> 'current'
              AND NOT EXISTS (SELECT 1 FROM match_events e WHERE e.match_id = @Id AND e.signal_id = s.id AND e.event = 'left')
            """, new { Id = id }, t, cancellationToken: ct));
        foreach (var d in departed)
            await AddEventAsync(c, t, id, "left", d.SignalId, d.Status == "withdrawn" ? $"ingetrokken door partner{(d.Reason is null ? "" : $": {d.Reason}")}" : "vervangen door nieuwere levering", now, ct);
    }

    private static Task AddEventAsync(DbConnection c, DbTransaction t, Guid matchId, string kind, Guid? signalId, string reason, DateTime now, CancellationToken ct) =>
        c.ExecuteAsync(new CommandDefinition(
            "INSERT INTO match_events (id, match_id, at, event, signal_id, reason) VALUES (@Id, @MatchId, @At, @Event, @SignalId, @Reason)",
            new { Id = Guid.CreateVersion7(), MatchId = matchId, At = now, Event = kind, SignalId = signalId, Reason = reason }, t, cancellationToken: ct));

    private static string CostTypeCodes(MatchDecision decision) => string.Join(",", decision.CostTypes.Select(c => c.ToCode()));

    private sealed class Departure
    {
        public Guid SignalId { get; init; }
        public string Status { get; init; } = "";
        public string? Reason { get; init; }
    }
}

/// <summary>How a match's address resolved against the BAG register.</summary>
internal sealed record Resolution(string AddressStatus, string? BagId);
