using System.Data.Common;
using System.Globalization;
using Dapper;
using SignalHub.Domain.Values;
using SignalHub.Storage;
using SignalHub.Storage.Dialects;

namespace SignalHub.Matching;

/// <summary>
/// Follows a person (surname and birth date) to other addresses within the look-back period: a family
/// that moved, or one person signalled at two doors. Such matches are linked, never merged. Loaded once for
/// a whole regrouping run and kept current as the run moves signals into matches, so an address later in
/// the run finds the persons of one earlier in it, as if each had been written at once.
/// </summary>
internal sealed class PersonLinks
{
    public const string PossiblyMoved = "possibly_moved";
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly BulkTable LinkTable = new("match_links", ["id", "match_id", "other_match_id", "kind", "reason", "created_at"]);

    // Person key -> signal id -> the match that signal is in.
    private readonly Dictionary<string, Dictionary<Guid, Elsewhere>> _persons;
    private readonly HashSet<(Guid, Guid)> _linked;
    private readonly List<object?[]> _newLinks = [];

    private PersonLinks(Dictionary<string, Dictionary<Guid, Elsewhere>> persons, HashSet<(Guid, Guid)> linked) =>
        (_persons, _linked) = (persons, linked);

    /// <param name="window">Carries <c>From</c> and <c>Period</c>, the look-back period.</param>
    /// <param name="matchIds">The run's existing matches, whose links are read to avoid linking twice.</param>
    public static async Task<PersonLinks> LoadAsync(DbConnection c, DbTransaction t, ISqlDialect dialect, IEnumerable<string> personKeys,
        IReadOnlyCollection<Guid> matchIds, object window, CancellationToken ct)
    {
        var persons = new Dictionary<string, Dictionary<Guid, Elsewhere>>(StringComparer.Ordinal);
        var rows = await ListQuery.ReadAsync<PersonRow, string>(c, t, $"""
            SELECT s.id AS SignalId, s.person_key AS PersonKey, m.id AS MatchId, m.address_key AS AddressKey, m.postcode AS Postcode,
                   m.house_number AS HouseNumber, m.period AS Period
            FROM signals s JOIN matches m ON m.id = s.match_id
            WHERE {dialect.InList("s.person_key", "Keys")} AND m.period >= @From AND m.period <= @Period
            """, personKeys, slice => slice, window, ct);
        foreach (var row in rows)
            SignalsOf(persons, row.PersonKey)[row.SignalId] = row.ToElsewhere();
        var linked = (await ListQuery.ReadAsync<LinkRow, Guid>(c, t, $"""
            SELECT match_id AS MatchId, other_match_id AS OtherMatchId FROM match_links
            WHERE {dialect.InList("match_id", "Keys")} OR {dialect.InList("other_match_id", "Keys")}
            """, matchIds, slice => dialect.IdList(slice), null, ct)).Select(row => Pair(row.MatchId, row.OtherMatchId)).ToHashSet();
        return new PersonLinks(persons, linked);
    }

    /// <summary>Matches at other addresses holding a signal of one of these persons.</summary>
    public IReadOnlyList<Elsewhere> Find(string addressKey, IEnumerable<SignalRecord> records) =>
    [
        .. records.Select(r => r.PersonKey).OfType<string>().Distinct(StringComparer.Ordinal)
            .SelectMany(key => _persons.TryGetValue(key, out var signals) ? (IEnumerable<Elsewhere>)signals.Values : [])
            .Where(e => e.AddressKey != addressKey)
            .DistinctBy(e => e.MatchId),
    ];

    /// <summary>The run put these signals in <paramref name="match"/>: later addresses of the run see them there.</summary>
    public void Moved(Elsewhere match, IEnumerable<SignalRecord> records)
    {
        foreach (var record in records.Where(r => r.PersonKey is not null))
            SignalsOf(_persons, record.PersonKey!)[record.Id] = match;
    }

    /// <summary>Links the match to each other one, unless they are linked already (either way round).</summary>
    public void Link(Guid matchId, IReadOnlyList<Elsewhere> elsewhere, DateTime now)
    {
        foreach (var other in elsewhere)
        {
            if (!_linked.Add(Pair(matchId, other.MatchId)))
                continue;
            var when = Period.TryParse(other.Period, out var p, out _) ? p.FirstDay.ToString("MMMM yyyy", Dutch) : other.Period;
            _newLinks.Add([Guid.CreateVersion7(), matchId, other.MatchId, PossiblyMoved,
                $"mogelijk verhuisd: zelfde achternaam en geboortedatum op {other.Postcode} {other.HouseNumber} in {when}", now]);
        }
    }

    /// <summary>Writes the run's new links; after the matches they point to.</summary>
    public Task SaveAsync(DbConnection c, DbTransaction t, ISqlDialect dialect, CancellationToken ct) =>
        _newLinks.Count == 0 ? Task.CompletedTask : dialect.BulkInsertAsync(c, t, LinkTable, _newLinks, ct);

    private static (Guid, Guid) Pair(Guid a, Guid b) => a.CompareTo(b) < 0 ? (a, b) : (b, a);

    private static Dictionary<Guid, Elsewhere> SignalsOf(Dictionary<string, Dictionary<Guid, Elsewhere>> persons, string key)
    {
        if (!persons.TryGetValue(key, out var signals))
            persons[key] = signals = [];
        return signals;
    }

    public sealed record Elsewhere(Guid MatchId, string AddressKey, string Postcode, int HouseNumber, string Period);

    private sealed class LinkRow
    {
        public Guid MatchId { get; init; }
        public Guid OtherMatchId { get; init; }
    }

    private sealed class PersonRow
    {
        public Guid SignalId { get; init; }
        public string PersonKey { get; init; } = "";
        public Guid MatchId { get; init; }
        public string AddressKey { get; init; } = "";
        public string Postcode { get; init; } = "";
        public int HouseNumber { get; init; }
        public string Period { get; init; } = "";

        public Elsewhere ToElsewhere() => new(MatchId, AddressKey, Postcode, HouseNumber, Period);
    }
}
