using System.Data.Common;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.Options;
using SignalHub.Domain.Matching;
using SignalHub.Domain.Values;
using SignalHub.Domain.Vocabulary;
using SignalHub.Registers;
using SignalHub.Security.Encryption;
using SignalHub.Storage;
using SignalHub.Storage.Dialects;

namespace SignalHub.Matching;

/// <summary>
/// Recomputes the matches of a set of addresses from their current signals, inside the caller's
/// transaction. Idempotent: running it twice on the same signals changes nothing. Runs under a lock per
/// period, so two workers never interleave on one address.
/// </summary>
internal sealed class AddressRegrouper(IOptions<MatchingOptions> options, TimeProvider clock, FieldCipher cipher)
{
    /// <param name="addressKeys">A SELECT of <c>address_key</c> values, with its parameters in <paramref name="keyParameters"/> and <c>@Period</c>.</param>
    /// <returns>The ids of matches created or changed.</returns>
    public async Task<IReadOnlyList<Guid>> RegroupAsync(DbConnection c, DbTransaction t, ISqlDialect dialect, Period period,
        string addressKeys, object keyParameters, CancellationToken ct)
    {
        await dialect.LockAsync(c, t, $"matching:{period}", ct);
        var window = new Window(period.ToString(), MonthsBefore(period, options.Value.RecidivismMonths).ToString());
        var keyArgs = new DynamicParameters(keyParameters);
        keyArgs.Add("Period", window.Period);
        var keys = (await c.QueryAsync<string>(new CommandDefinition(addressKeys, keyArgs, t, cancellationToken: ct)))
            .Distinct(StringComparer.Ordinal).ToList();
        // A partner's corrected month touches all its addresses: a slice at a time keeps memory flat. Each slice
        // reads what the slices before it wrote, as one run over all of them would have seen it.
        var changed = new List<Guid>();
        foreach (var slice in keys.Chunk(SliceSize))
            changed.AddRange(await RegroupSliceAsync(c, t, dialect, period, window, slice, ct));
        return changed;
    }

    /// <summary>Addresses per slice: a chunk's worth.</summary>
    private const int SliceSize = 5000;

    private async Task<List<Guid>> RegroupSliceAsync(DbConnection c, DbTransaction t, ISqlDialect dialect, Period period, Window window,
        IReadOnlyList<string> keys, CancellationToken ct)
    {
        var signals = (await ListQuery.ReadAsync<SignalRecord, string>(c, t, $"""
            SELECT {SignalRecord.Columns}
            FROM signals s JOIN deliveries d ON d.id = s.delivery_id
            WHERE s.period = @Period AND s.status = 'current' AND {dialect.InList("s.address_key", "Keys")}
            """, keys, slice => slice, window, ct)).ToLookup(s => s.AddressKey);
        var existing = (await ListQuery.ReadAsync<MatchRow, string>(c, t, $"""
            SELECT id AS Id, address_key AS AddressKey, status AS Status, priority_score AS PriorityScore, priority_class AS PriorityClass,
                   reasons AS Reasons, signal_count AS SignalCount, address_status AS AddressStatus, street AS Street, city AS City,
                   postcode AS Postcode, house_number AS HouseNumber
            FROM matches WHERE period = @Period AND {dialect.InList("address_key", "Keys")}
            """, keys, slice => slice, window, ct)).ToDictionary(m => m.AddressKey);
        var earlier = (await ListQuery.ReadAsync<EarlierRow, string>(c, t, $"""
            SELECT address_key AS AddressKey, id AS Id, period AS Period FROM matches
            WHERE period >= @From AND period < @Period AND {dialect.InList("address_key", "Keys")}
            """, keys, slice => slice, window, ct)).ToLookup(e => e.AddressKey, StringComparer.Ordinal);

        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var changed = new List<Guid>();
        var writes = new MatchWrites(now);
        var register = await AddressResolver.OpenAsync(c, t, ct);
        var existingIds = existing.Values.Select(m => m.Id).ToList();
        var links = await PersonLinks.LoadAsync(c, t, dialect, signals.SelectMany(g => g).Select(r => r.PersonKey).OfType<string>(),
            existingIds, window, ct);
        var departures = await MatchWrites.DeparturesAsync(c, t, dialect, existingIds, ct);
        foreach (var key in signals.Select(g => g.Key).Union(existing.Keys).Distinct(StringComparer.Ordinal))
        {
            var records = signals[key].ToList();
            existing.TryGetValue(key, out var match);
            if (records.Count == 0)
            {
                if (match is not null && match.Status != MatchStatus.ResolvedByPartner.ToCode())
                {
                    writes.RecordDepartures(match.Id, departures[match.Id]);
                    writes.ResolveByPartner(match.Id);
                    changed.Add(match.Id);
                }
                continue;
            }
            var elsewhere = links.Find(key, records);
            var recidivism = Recidivisms.Choose(period, Earlier(earlier[key].Select(e => (e.Id, e.Period))), Earlier(elsewhere.Select(o => (o.MatchId, o.Period))));
            var (addressStatus, bagId) = await register.ResolveAsync(key, records[0].Postcode, ct);
            var decision = Matcher.Decide(records.Select(r => r.ToMatchSignal(cipher)).ToList(), recidivism, options.Value.Priority, today);
            var id = match?.Id ?? Guid.CreateVersion7();
            var reasons = JsonSerializer.Serialize(decision.Priority.Reasons);
            var shown = ShownAddress(records, decision);
            var updated = match is not null && MatchChange.HasChanged(match.Shape(),
                new MatchShape(decision.Priority.Score, decision.Priority.Reasons, decision.Signals.Count, false, shown.Street, shown.City, addressStatus));
            var resolution = new Resolution(addressStatus, bagId);
            if (match is null)
                writes.Insert(id, period, shown, decision, reasons, recidivism, resolution);
            else if (updated)
            {
                writes.RecordDepartures(id, departures[id]);
                writes.Update(id, match.Status, shown, decision, reasons, recidivism, resolution);
            }
            links.Link(id, elsewhere, now);
            links.Moved(new PersonLinks.Elsewhere(id, key, match?.Postcode ?? shown.Postcode, match?.HouseNumber ?? shown.HouseNumber,
                period.ToString()), records);
            var joined = records.Where(r => r.MatchId != id).Select(r => r.Id).ToList();
            writes.Join(id, joined);
            if (match is null || updated || joined.Count > 0)
                changed.Add(id);
        }
        await writes.SaveAsync(c, t, dialect, links, ct);
        return changed;
    }

    /// <summary>
    /// The street and city a match shows: those of the first signal in the decision's order that has a street,
    /// so they do not depend on which partner delivered first.
    /// </summary>
    private static SignalRecord ShownAddress(List<SignalRecord> records, MatchDecision decision)
    {
        var rank = decision.Signals.Select((signal, index) => (signal.Id, index)).ToDictionary(r => r.Id, r => r.index);
        return records.Where(r => rank.ContainsKey(r.Id)).OrderBy(r => r.Street is null).ThenBy(r => rank[r.Id]).First();
    }

    /// <summary>Earlier matches as the recidivism rule reads them; a period that does not read (never written so) is left out.</summary>
    private static IEnumerable<EarlierMatch> Earlier(IEnumerable<(Guid Id, string Period)> matches) =>
        matches.Select(m => Period.TryParse(m.Period, out var p, out _) ? new EarlierMatch(m.Id, p) : null).OfType<EarlierMatch>();

    private static Period MonthsBefore(Period period, int months)
    {
        for (var i = 0; i < months; i++)
            period = period.Previous();
        return period;
    }

    private sealed class MatchRow
    {
        public Guid Id { get; init; }
        public string AddressKey { get; init; } = "";
        public string Status { get; init; } = "";
        public int PriorityScore { get; init; }
        public string PriorityClass { get; init; } = "";
        public string Reasons { get; init; } = "";
        public int SignalCount { get; init; }
        public string AddressStatus { get; init; } = "";
        public string? Street { get; init; }
        public string? City { get; init; }
        public string Postcode { get; init; } = "";
        public int HouseNumber { get; init; }

        public MatchShape Shape() => new(PriorityScore, string.IsNullOrEmpty(Reasons) ? [] : JsonSerializer.Deserialize<List<string>>(Reasons) ?? [], SignalCount,
            Status == MatchStatus.ResolvedByPartner.ToCode(), Street, City, AddressStatus);
    }

    /// <summary>The period and the first period of its look-back, as the reads' <c>@Period</c> and <c>@From</c>.</summary>
    private sealed record Window(string Period, string From);

    private sealed class EarlierRow
    {
        public string AddressKey { get; init; } = "";
        public Guid Id { get; init; }
        public string Period { get; init; } = "";
    }
}
