using System.Text.Json;
using Dapper;
using SignalHub.Domain.Matching;
using SignalHub.Domain.Values;
using SignalHub.Domain.Vocabulary;
using SignalHub.Security.Encryption;
using SignalHub.Storage;

namespace SignalHub.Matching;

/// <summary>The period's matches, most urgent first: one query for the CLI, the portal and dispatch.</summary>
public sealed class MatchQuery(Database database, TimeProvider clock, FieldCipher cipher)
{
    private const string SelectMatches = """
        SELECT id AS Id, period AS Period, postcode AS Postcode, house_number AS HouseNumber, house_letter AS HouseLetter,
               addition AS Addition, street AS Street, city AS City, status AS Status, priority_class AS PriorityClass,
               priority_score AS PriorityScore, reasons AS Reasons, multiple_arrears AS MultipleArrears, actionable AS Actionable,
               recidivist_of AS RecidivistOf, bag_id AS BagId, address_status AS AddressStatus
        FROM matches
        """;

    private const string SignalColumns = """
        SELECT s.id AS Id, s.match_id AS MatchId, p.name AS Partner, s.partner_id AS PartnerId, d.received_at AS ReceivedAt,
               s.reference AS Reference, s.cost_type AS CostType, s.amount AS Amount, s.arrears_since AS Since,
               s.collection_stage AS CollectionStage, s.collection_stage_date AS CollectionStageDate, s.crisis AS Crisis, s.kind AS Kind
        """;

    private const string SignalTables = " FROM signals s JOIN partners p ON p.id = s.partner_id JOIN deliveries d ON d.id = s.delivery_id";

    private const string SelectSignals = SignalColumns + ", s.surname AS Surname, s.initials AS Initials, s.birth_date AS BirthDate" + SignalTables;

    /// <summary>The queue shows no names: its page neither reads nor decrypts them.</summary>
    private const string SelectSignalsWithoutPersons = SignalColumns + SignalTables;

    private const string SelectLinks = """
        SELECT l.match_id AS MatchId, l.other_match_id AS OtherId, l.kind AS Kind, l.reason AS Reason
        FROM match_links l JOIN matches m ON m.id = l.match_id
        """;

    private const string SelectLinksBack = """
        SELECT l.other_match_id AS MatchId, l.match_id AS OtherId, l.kind AS Kind, l.reason AS Reason
        FROM match_links l JOIN matches m ON m.id = l.other_match_id
        """;

    private const string PageWhere = """
         WHERE period = @Period
           AND EXISTS (SELECT 1 FROM signals s WHERE s.match_id = matches.id AND s.status = @Current)
        """;

    private const string PageOrder = " ORDER BY priority_score DESC, created_at, id";

    public async Task<IReadOnlyList<MatchView>> ListAsync(Period period, CancellationToken ct) =>
        await database.ReadAsync(async c =>
        {
            var args = new { Period = period.ToString() };
            var matches = await c.QueryAsync<MatchRow>(new CommandDefinition(
                SelectMatches + " WHERE period = @Period ORDER BY priority_score DESC, created_at, id", args, cancellationToken: ct));
            var signals = (await c.QueryAsync<SignalRow>(new CommandDefinition(
                SelectSignals + " WHERE s.period = @Period AND s.status = 'current' AND s.match_id IS NOT NULL", args, cancellationToken: ct)))
                .ToLookup(s => s.MatchId);
            var links = (await c.QueryAsync<LinkRow>(new CommandDefinition(SelectLinks + " WHERE m.period = @Period", args, cancellationToken: ct)))
                .Concat(await c.QueryAsync<LinkRow>(new CommandDefinition(SelectLinksBack + " WHERE m.period = @Period", args, cancellationToken: ct)))
                .ToLookup(l => l.MatchId);
            var freshness = await FreshnessAsync(c, ct);
            return matches.Select(m => m.ToView(signals[m.Id], links[m.Id], freshness, cipher)).ToList();
        }, ct);

    /// <summary>
    /// One page of the period's matches that still have current signals, most urgent first, for the triage
    /// queue: the page is cut in SQL (a busy month has a hundred thousand matches), and one row more than
    /// asked tells whether a next page exists without counting them all. The matches come without persons.
    /// </summary>
    public Task<(IReadOnlyList<MatchView> Matches, bool HasMore)> PageAsync(Period period, int page, int size, CancellationToken ct) =>
        PageAsync(period, TriageFilter.None, page, size, ct);

    /// <summary>One page of the queue narrowed by <paramref name="filter"/>: its conditions join the same indexed query.</summary>
    public async Task<(IReadOnlyList<MatchView> Matches, bool HasMore)> PageAsync(Period period, TriageFilter filter, int page, int size,
        CancellationToken ct) =>
        await database.ReadAsync(async c =>
        {
            if (filter.ProbeSql is { } probe)
            {
                var probeArgs = new DynamicParameters(new { Period = period.ToString(), Skip = 0, Take = TriageFilter.FewCases + 1 });
                filter.AddParameters(probeArgs);
                var teamCases = await c.QueryAsync<Guid>(new CommandDefinition(database.Dialect.Page(probe), probeArgs, cancellationToken: ct));
                filter = filter with { FewTeamCases = teamCases.Count() <= TriageFilter.FewCases };
            }
            var args = new DynamicParameters(new { Period = period.ToString(), Skip = (page - 1) * size, Take = size + 1, Current = SignalStanding.Current.ToCode() });
            filter.AddParameters(args);
            var matches = (await c.QueryAsync<MatchRow>(new CommandDefinition(
                database.Dialect.Page(SelectMatches + PageWhere + filter.Conditions() + PageOrder), args, cancellationToken: ct))).ToList();
            var shown = matches.Take(size).ToList();
            // Dapper expands a list by the value's own type, which an anonymous object's 'object' property hides.
            var ids = new DynamicParameters();
            ids.Add("Ids", database.Dialect.IdList(shown.Select(m => m.Id)));
            var signals = (await c.QueryAsync<SignalRow>(new CommandDefinition(
                SelectSignalsWithoutPersons + $" WHERE {database.Dialect.InList("s.match_id", "Ids")} AND s.status = 'current'", ids, cancellationToken: ct)))
                .ToLookup(s => s.MatchId);
            var links = (await c.QueryAsync<LinkRow>(new CommandDefinition(SelectLinks + $" WHERE {database.Dialect.InList("m.id", "Ids")}", ids, cancellationToken: ct)))
                .Concat(await c.QueryAsync<LinkRow>(new CommandDefinition(SelectLinksBack + $" WHERE {database.Dialect.InList("m.id", "Ids")}", ids, cancellationToken: ct)))
                .ToLookup(l => l.MatchId);
            var freshness = await FreshnessAsync(c, ct);
            return ((IReadOnlyList<MatchView>)[.. shown.Select(m => m.ToView(signals[m.Id], links[m.Id], freshness, null))], matches.Count > size);
        }, ct);

    public async Task<MatchView?> FindAsync(Guid id, CancellationToken ct) =>
        await database.ReadAsync(async c =>
        {
            var match = await c.QuerySingleOrDefaultAsync<MatchRow>(new CommandDefinition(SelectMatches + " WHERE id = @Id", new { Id = id }, cancellationToken: ct));
            if (match is null)
                return null;
            var signals = await c.QueryAsync<SignalRow>(new CommandDefinition(
                SelectSignals + " WHERE s.match_id = @Id AND s.status = 'current'", new { Id = id }, cancellationToken: ct));
            var links = (await c.QueryAsync<LinkRow>(new CommandDefinition(SelectLinks + " WHERE m.id = @Id", new { Id = id }, cancellationToken: ct)))
                .Concat(await c.QueryAsync<LinkRow>(new CommandDefinition(SelectLinksBack + " WHERE m.id = @Id", new { Id = id }, cancellationToken: ct)));
            return match.ToView(signals, links, await FreshnessAsync(c, ct), cipher);
        }, ct);

    /// <summary>Which partners have not delivered for the current month: their signals are possibly outdated.</summary>
    private async Task<Freshness> FreshnessAsync(System.Data.Common.DbConnection c, CancellationToken ct)
    {
        var current = Period.Of(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).ToString();
        var latest = await c.QueryAsync<(Guid PartnerId, string Period)>(new CommandDefinition(
            "SELECT partner_id, MAX(period) FROM deliveries WHERE status = 'completed' GROUP BY partner_id", cancellationToken: ct));
        return new Freshness(latest.Where(l => string.CompareOrdinal(l.Period, current) < 0).Select(l => l.PartnerId).ToHashSet());
    }

    private sealed record Freshness(IReadOnlySet<Guid> BehindPartners);

    private sealed class LinkRow
    {
        public Guid MatchId { get; init; }
        public Guid OtherId { get; init; }
        public string Kind { get; init; } = "";
        public string Reason { get; init; } = "";
    }

    private sealed class MatchRow
    {
        public Guid Id { get; init; }
        public string Period { get; init; } = "";
        public string Postcode { get; init; } = "";
        public int HouseNumber { get; init; }
        public string? HouseLetter { get; init; }
        public string? Addition { get; init; }
        public string? Street { get; init; }
        public string? City { get; init; }
        public string Status { get; init; } = "";
        public string PriorityClass { get; init; } = "";
        public int PriorityScore { get; init; }
        public string Reasons { get; init; } = "[]";
        public bool MultipleArrears { get; init; }
        public bool Actionable { get; init; }
        public Guid? RecidivistOf { get; init; }
        public string? BagId { get; init; }
        public string AddressStatus { get; init; } = "";

        /// <param name="cipher">Null where the names were not read: the view then has no persons.</param>
        public MatchView ToView(IEnumerable<SignalRow> signals, IEnumerable<LinkRow> links, Freshness freshness, FieldCipher? cipher)
        {
            // As in matching: a partner's newer delivery replaces its older signal for the same reference.
            var current = signals.GroupBy(s => (s.PartnerId, s.Reference))
                .Select(g => g.OrderByDescending(s => s.ReceivedAt).First())
                .OrderBy(s => s.Partner, StringComparer.Ordinal).ThenBy(s => s.Reference, StringComparer.Ordinal).ToList();
            var persons = cipher is null ? [] : Persons.Group(current.Select(s => s.Person(cipher)), p => p.Surname, p => p.BirthDate)
                .Select(g => new MatchPerson(g[0].Surname, g.Select(p => p.Initials).FirstOrDefault(i => i is not null),
                    g.Select(p => p.BirthDate).FirstOrDefault(b => b is not null)))
                .ToList();
            return new MatchView(Id, Period, new MatchAddress(Postcode, HouseNumber, HouseLetter, Addition, BagId, Street, City), persons,
                current.Select(s => new MatchSignalView(s.Id, s.Partner, s.Reference, s.CostType, s.Amount, s.Since, s.CollectionStage,
                    s.CollectionStageDate, s.Crisis, s.Kind, freshness.BehindPartners.Contains(s.PartnerId))).ToList(),
                new MatchPriority(PriorityClass, PriorityScore, JsonSerializer.Deserialize<List<string>>(Reasons) ?? []),
                RecidivistOf is not null, RecidivistOf, MultipleArrears, Actionable, Status, AddressStatus,
                links.DistinctBy(l => l.OtherId).Select(l => new MatchLink(l.OtherId, l.Kind, l.Reason)).ToList());
        }
    }

    private sealed class SignalRow
    {
        public Guid Id { get; init; }
        public Guid MatchId { get; init; }
        public string Partner { get; init; } = "";
        public Guid PartnerId { get; init; }
        public DateTime ReceivedAt { get; init; }
        public string Reference { get; init; } = "";
        public string CostType { get; init; } = "";
        public decimal? Amount { get; init; }
        public DateOnly? Since { get; init; }
        public string? CollectionStage { get; init; }
        public DateOnly? CollectionStageDate { get; init; }
        public bool Crisis { get; init; }
        public string Kind { get; init; } = "";
        public string Surname { get; init; } = "";
        public string? Initials { get; init; }
        public string? BirthDate { get; init; }

        /// <summary>The one place the view decrypts the names and birth date it shows.</summary>
        public MatchPerson Person(FieldCipher cipher) => new(cipher.Reveal(Surname, PersonalColumns.Signals.Surname(Id)),
            cipher.RevealOrNull(Initials, PersonalColumns.Signals.Initials(Id)), cipher.RevealDate(BirthDate, PersonalColumns.Signals.BirthDate(Id)));
    }
}
