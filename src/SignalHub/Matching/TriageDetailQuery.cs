using Dapper;
using SignalHub.Storage;

namespace SignalHub.Matching;

/// <summary>A signal joining or leaving a match, with the partner's reference: the match's history in triage.</summary>
/// <param name="Event"><c>joined</c> or <c>left</c>.</param>
public sealed record MatchEventView(DateTime At, string Event, string Reason, string? Partner, string? Reference);

/// <summary>A match's SDV known-client hit as the triage queue shows it: how likely, and whether SDV judged it.</summary>
public sealed record MatchHit(string Likelihood, string Status);

/// <summary>What the triage detail page reads beside the match itself: its history, its case, and the teams it may go to.</summary>
public sealed class TriageDetailQuery(Database database)
{
    public Task<IReadOnlyList<MatchEventView>> HistoryAsync(Guid matchId, CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<MatchEventView>>(async c => [.. (await c.QueryAsync<EventRow>(new CommandDefinition("""
            SELECT e.at AS At, e.event AS Event, e.reason AS Reason, p.name AS Partner, s.reference AS Reference
            FROM match_events e LEFT JOIN signals s ON s.id = e.signal_id LEFT JOIN partners p ON p.id = s.partner_id
            WHERE e.match_id = @Id
            ORDER BY e.at, e.id
            """, new { Id = matchId }, cancellationToken: ct))).Select(e => new MatchEventView(e.At, e.Event, e.Reason, e.Partner, e.Reference))], ct);

    /// <summary>The match's own case, or the open case of an earlier period it joined; null when it got none (not picked up, still open).</summary>
    /// <remarks>Read as a row: a NULL scalar never reaches the id type handler, which refuses it.</remarks>
    public async Task<Guid?> CaseIdAsync(Guid matchId, CancellationToken ct)
    {
        var row = await database.ReadAsync(c => c.QuerySingleOrDefaultAsync<CaseRow>(new CommandDefinition("""
            SELECT (SELECT k.id FROM cases k WHERE k.match_id = m.id) AS OwnCase, m.joined_case_id AS JoinedCase
            FROM matches m WHERE m.id = @Id
            """, new { Id = matchId }, cancellationToken: ct)), ct);
        return row?.OwnCase ?? row?.JoinedCase;
    }

    /// <summary>The wijkteams of the areas table, by name: the teams a coordinator may assign a case to.</summary>
    public Task<IReadOnlyList<string>> TeamsAsync(CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<string>>(async c =>
            [.. await c.QueryAsync<string>(new CommandDefinition("SELECT DISTINCT team FROM areas ORDER BY team", cancellationToken: ct))], ct);

    /// <summary>The addresses of <paramref name="matchIds"/> in one read, for lists of cases.</summary>
    public Task<IReadOnlyDictionary<Guid, MatchAddress>> AddressesAsync(IReadOnlyCollection<Guid> matchIds, CancellationToken ct) =>
        database.ReadAsync<IReadOnlyDictionary<Guid, MatchAddress>>(async c =>
        {
            if (matchIds.Count == 0)
                return new Dictionary<Guid, MatchAddress>();
            var ids = new DynamicParameters();
            ids.Add("Ids", database.Dialect.IdList(matchIds));
            var rows = await c.QueryAsync<AddressRow>(new CommandDefinition($"""
                SELECT id AS Id, postcode AS Postcode, house_number AS HouseNumber, house_letter AS HouseLetter, addition AS Addition,
                       street AS Street, city AS City
                FROM matches WHERE {database.Dialect.InList("id", "Ids")}
                """, ids, cancellationToken: ct));
            return rows.ToDictionary(r => r.Id, r => new MatchAddress(r.Postcode, r.HouseNumber, r.HouseLetter, r.Addition, null, r.Street, r.City));
        }, ct);

    /// <summary>The SDV known-client hit of each of <paramref name="matchIds"/> that has one (through its case), in one read.</summary>
    public Task<IReadOnlyDictionary<Guid, MatchHit>> HitsAsync(IReadOnlyCollection<Guid> matchIds, CancellationToken ct) =>
        database.ReadAsync<IReadOnlyDictionary<Guid, MatchHit>>(async c =>
        {
            if (matchIds.Count == 0)
                return new Dictionary<Guid, MatchHit>();
            var ids = new DynamicParameters();
            ids.Add("Ids", database.Dialect.IdList(matchIds));
            var rows = await c.QueryAsync<HitRow>(new CommandDefinition($"""
                SELECT k.match_id AS MatchId, h.likelihood AS Likelihood, h.status AS Status
                FROM cases k JOIN sdv_hits h ON h.case_id = k.id WHERE {database.Dialect.InList("k.match_id", "Ids")}
                """, ids, cancellationToken: ct));
            return rows.ToDictionary(r => r.MatchId, r => new MatchHit(r.Likelihood, r.Status));
        }, ct);

    private sealed class HitRow
    {
        public Guid MatchId { get; init; }
        public string Likelihood { get; init; } = "";
        public string Status { get; init; } = "";
    }

    private sealed class CaseRow
    {
        public Guid? OwnCase { get; init; }
        public Guid? JoinedCase { get; init; }
    }

    private sealed class AddressRow
    {
        public Guid Id { get; init; }
        public string Postcode { get; init; } = "";
        public int HouseNumber { get; init; }
        public string? HouseLetter { get; init; }
        public string? Addition { get; init; }
        public string? Street { get; init; }
        public string? City { get; init; }
    }

    private sealed class EventRow
    {
        public DateTime At { get; init; }
        public string Event { get; init; } = "";
        public string Reason { get; init; } = "";
        public string? Partner { get; init; }
        public string? Reference { get; init; }
    }
}
