using System.Data.Common;
using Dapper;
using SignalHub.Domain.Routing;
using SignalHub.Domain.Values;
using SignalHub.Registers;
using SignalHub.Security.Encryption;
using SignalHub.Storage;
using SignalHub.Storage.Dialects;

namespace SignalHub.Dispatch;

/// <summary>
/// What dispatch reads for the ready matches of a run in one go: a handful of reads over their ids and
/// addresses instead of some ten statements per match. Each match then takes its part in memory.
/// </summary>
internal sealed class ReadySets
{
    private readonly Dictionary<string, string?> _teams = new(StringComparer.Ordinal);
    private IReadOnlyList<AreaRange> _areas = [];
    private ILookup<string, SdvClient> _clientsAt = Array.Empty<SdvClient>().ToLookup(k => k.AddressKey);
    private ILookup<DateOnly, SdvClient> _clientsBorn = Array.Empty<SdvClient>().ToLookup(k => default(DateOnly));
    private ILookup<string, EarlierCase> _casesAt = Array.Empty<EarlierCase>().ToLookup(k => k.AddressKey);
    private ILookup<Guid, EarlierCase> _casesOf = Array.Empty<EarlierCase>().ToLookup(k => k.MatchId);

    public ILookup<Guid, SignalFacts> Signals { get; private set; } = Array.Empty<SignalFacts>().ToLookup(s => s.MatchId);

    /// <summary>What the reads need besides the connection: the dialect's id lists, and the cipher of the names and birth dates.</summary>
    public sealed record Reading(ISqlDialect Dialect, FieldCipher Cipher);

    public static async Task<ReadySets> LoadAsync(DbConnection c, DbTransaction t, Reading reading, IReadOnlyList<ReadyMatch> matches, Period period,
        CancellationToken ct)
    {
        var sets = new ReadySets();
        var (cipher, dialect) = (reading.Cipher, reading.Dialect);
        var addresses = matches.Select(m => m.AddressKey).Distinct(StringComparer.Ordinal).ToList();
        sets.Signals = (await ListQuery.ReadAsync<StoredSignal, Guid>(c, t, $"""
            SELECT s.id AS Id, s.match_id AS MatchId, s.partner_id AS PartnerId, s.reference AS Reference, s.kind AS Kind, s.surname AS Surname,
                   s.birth_date AS BirthDate, s.amount AS Amount, d.received_at AS ReceivedAt
            FROM signals s JOIN deliveries d ON d.id = s.delivery_id
            WHERE s.status = 'current' AND {dialect.InList("s.match_id", "Keys")}
            """, matches.Select(m => m.Id), slice => dialect.IdList(slice), null, ct)).Select(s => s.Reveal(cipher)).ToLookup(s => s.MatchId);
        sets._clientsAt = (await SdvClientList.WhereAsync(c, t, dialect, cipher, "address_key", addresses, ct)).ToLookup(k => k.AddressKey, StringComparer.Ordinal);
        // Birth dates are encrypted: SQL compares their keyed hashes, taken of the ready signals' dates.
        var birthKeys = sets.Signals.SelectMany(g => g).Select(s => cipher.BirthKey(s.BirthDate)).OfType<string>();
        sets._clientsBorn = (await SdvClientList.WhereAsync(c, t, dialect, cipher, "birth_key", birthKeys, ct))
            .Where(k => k.BirthDate is not null).ToLookup(k => k.BirthDate!.Value);
        const string EarlierColumns = """
            SELECT k.id AS Id, k.match_id AS MatchId, k.period AS Period, k.route AS Route, k.team AS Team, k.assigned_to AS AssignedTo,
                   k.status AS Status, k.updated_at AS UpdatedAt, m.address_key AS AddressKey
            FROM cases k JOIN matches m ON m.id = k.match_id
            """;
        var atAddress = await ListQuery.ReadAsync<EarlierCase, string>(c, t, EarlierColumns + $" WHERE {dialect.InList("m.address_key", "Keys")} AND m.period < @Period",
            addresses, slice => slice, new { Period = period.ToString() }, ct);
        var ofEarlierMatch = await ListQuery.ReadAsync<EarlierCase, Guid>(c, t, EarlierColumns + $" WHERE {dialect.InList("m.id", "Keys")}",
            matches.Select(m => m.RecidivistOf).OfType<Guid>(), slice => dialect.IdList(slice), null, ct);
        var earlier = atAddress.Concat(ofEarlierMatch).DistinctBy(k => k.Id).ToList();
        sets._casesAt = earlier.ToLookup(k => k.AddressKey, StringComparer.Ordinal);
        sets._casesOf = earlier.ToLookup(k => k.MatchId);
        sets._areas = await AreaList.RangesAsync(c, t, null, ct);
        return sets;
    }

    /// <summary>Clients at the address, and clients elsewhere with a birth date of someone in the match (possibly moved).</summary>
    public List<SdvClient> SdvCandidates(string addressKey, IReadOnlyList<SignalledPerson> persons) =>
    [
        .. _clientsAt[addressKey]
            .Concat(persons.Select(p => p.BirthDate).OfType<DateOnly>().Distinct().SelectMany(born => _clientsBorn[born].Where(k => k.AddressKey != addressKey))),
    ];

    /// <summary>Cases of earlier periods at the address, and the case of the earlier match it was linked to.</summary>
    public List<EarlierCase> EarlierCases(ReadyMatch match) =>
    [
        .. _casesAt[match.AddressKey].Where(k => string.CompareOrdinal(k.Period, match.Period) < 0)
            .Concat(match.RecidivistOf is { } of ? _casesOf[of] : [])
            .DistinctBy(k => k.Id),
    ];

    public string? TeamFor(string postcode)
    {
        if (!_teams.TryGetValue(postcode, out var team))
            _teams[postcode] = team = Areas.TeamFor(postcode, _areas);
        return team;
    }

    internal sealed class SignalFacts
    {
        public Guid Id { get; init; }
        public Guid MatchId { get; init; }
        public Guid PartnerId { get; init; }
        public string Reference { get; init; } = "";
        public string Kind { get; init; } = "";
        public string Surname { get; init; } = "";
        public DateOnly? BirthDate { get; init; }
        public decimal? Amount { get; init; }
        public DateTime ReceivedAt { get; init; }
    }

    /// <summary>A signal's facts as stored: the name and birth date encrypted.</summary>
    private sealed class StoredSignal
    {
        public Guid Id { get; init; }
        public Guid MatchId { get; init; }
        public Guid PartnerId { get; init; }
        public string Reference { get; init; } = "";
        public string Kind { get; init; } = "";
        public string Surname { get; init; } = "";
        public string? BirthDate { get; init; }
        public decimal? Amount { get; init; }
        public DateTime ReceivedAt { get; init; }

        public SignalFacts Reveal(FieldCipher cipher) => new()
        {
            Id = Id, MatchId = MatchId, PartnerId = PartnerId, Reference = Reference, Kind = Kind, Amount = Amount, ReceivedAt = ReceivedAt,
            Surname = cipher.Reveal(Surname, PersonalColumns.Signals.Surname(Id)),
            BirthDate = cipher.RevealDate(BirthDate, PersonalColumns.Signals.BirthDate(Id)),
        };
    }
}
