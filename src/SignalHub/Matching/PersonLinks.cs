using System.Data.Common;
using System.Globalization;
using Dapper;
using SignalHub.Domain.Values;
using SignalHub.Storage.Dialects;

namespace SignalHub.Matching;

/// <summary>
/// Follows a person (surname and birth date) to other addresses within the look-back period: a family
/// that moved, or one person signalled at two doors. Such matches are linked, never merged.
/// </summary>
internal static class PersonLinks
{
    public const string PossiblyMoved = "possibly_moved";
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <param name="window">Carries <c>@From</c> and <c>@Period</c>, the look-back period.</param>
    public static async Task<IReadOnlyList<Elsewhere>> FindAsync(DbConnection c, DbTransaction t, ISqlDialect dialect, string addressKey,
        IEnumerable<SignalRecord> records, DynamicParameters window, CancellationToken ct)
    {
        var keys = records.Select(r => r.PersonKey).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        if (keys.Length == 0)
            return [];
        var args = new DynamicParameters(window);
        args.Add("Keys", keys);
        args.Add("AddressKey", addressKey);
        return [.. await c.QueryAsync<Elsewhere>(new CommandDefinition($"""
            SELECT DISTINCT m.id AS MatchId, m.address_key AS AddressKey, m.postcode AS Postcode, m.house_number AS HouseNumber,
                   m.period AS Period
            FROM signals s JOIN matches m ON m.id = s.match_id
            WHERE {dialect.InList("s.person_key", "Keys")} AND m.address_key <> @AddressKey AND m.period >= @From AND m.period <= @Period
            """, args, t, cancellationToken: ct))];
    }

    public static async Task LinkAsync(DbConnection c, DbTransaction t, Guid matchId, IReadOnlyList<Elsewhere> elsewhere, DateTime now, CancellationToken ct)
    {
        foreach (var other in elsewhere)
        {
            var linked = await c.ExecuteScalarAsync<long>(new CommandDefinition("""
                SELECT COUNT(*) FROM match_links
                WHERE (match_id = @A AND other_match_id = @B) OR (match_id = @B AND other_match_id = @A)
                """, new { A = matchId, B = other.MatchId }, t, cancellationToken: ct));
            if (linked > 0)
                continue;
            var when = Period.TryParse(other.Period, out var p, out _) ? p.FirstDay.ToString("MMMM yyyy", Dutch) : other.Period;
            await c.ExecuteAsync(new CommandDefinition("""
                INSERT INTO match_links (id, match_id, other_match_id, kind, reason, created_at)
                VALUES (@Id, @A, @B, @Kind, @Reason, @Now)
                """, new
            {
                Id = Guid.CreateVersion7(), A = matchId, B = other.MatchId, Kind = PossiblyMoved,
                Reason = $"mogelijk verhuisd: zelfde achternaam en geboortedatum op {other.Postcode} {other.HouseNumber} in {when}", Now = now,
            }, t, cancellationToken: ct));
        }
    }

    public sealed class Elsewhere
    {
        public Guid MatchId { get; init; }
        public string AddressKey { get; init; } = "";
        public string Postcode { get; init; } = "";
        public int HouseNumber { get; init; }
        public string Period { get; init; } = "";
    }
}
