using System.Data.Common;
using Dapper;
using SignalHub.Domain.Routing;
using SignalHub.Domain.Values;
using SignalHub.Matching.AddressRegister;

namespace SignalHub.Dispatch;

/// <summary>A match that may be dispatched, as the ready query reads it.</summary>
internal sealed class ReadyMatch
{
    public Guid Id { get; init; }
    public string Period { get; init; } = "";
    public string AddressKey { get; init; } = "";
    public string Postcode { get; init; } = "";
    public Guid? RecidivistOf { get; init; }
    public string Status { get; init; } = "";
    public string? NotPickedUp { get; init; }
    public string AddressStatus { get; init; } = "";
    public string PriorityClass { get; init; } = "";
    public int PriorityScore { get; init; }
}

/// <summary>An earlier period's case of the household: of the same address, or of the earlier match it was linked to.</summary>
internal sealed class EarlierCase
{
    public Guid Id { get; init; }
    public Guid MatchId { get; init; }
    public string Period { get; init; } = "";
    public string Route { get; init; } = "";
    public string? Team { get; init; }
    public string? AssignedTo { get; init; }
    public string Status { get; init; } = "";
    public DateTime UpdatedAt { get; init; }
    public string AddressKey { get; init; } = "";
}

/// <summary>What the pure decisions need of one match, loaded in the dispatcher's transaction.</summary>
internal sealed record MatchFacts(RoutingFacts Routing, PickupFacts Pickup, EarlierCase? OpenCase)
{
    /// <summary>
    /// The facts of these ready matches at once, in a few set-based reads: signals, SDV clients by address and
    /// by birth date, earlier cases, areas.
    /// </summary>
    public static async Task<IReadOnlyDictionary<Guid, MatchFacts>> LoadAllAsync(DbConnection c, DbTransaction t, ReadySets.Reading reading, IReadOnlyList<ReadyMatch> matches,
        Period period, CancellationToken ct)
    {
        if (matches.Count == 0)
            return new Dictionary<Guid, MatchFacts>();
        var sets = await ReadySets.LoadAsync(c, t, reading, matches, period, ct);
        var facts = new Dictionary<Guid, MatchFacts>();
        foreach (var match in matches)
            facts[match.Id] = await DecideFactsAsync(c, t, match, period, sets, ct);
        return facts;
    }

    private static async Task<MatchFacts> DecideFactsAsync(DbConnection c, DbTransaction t, ReadyMatch match, Period period, ReadySets sets,
        CancellationToken ct)
    {
        // As in matching: a partner's newer delivery replaces its older signal for the same reference.
        var signals = sets.Signals[match.Id].GroupBy(s => (s.PartnerId, s.Reference)).Select(g => g.MaxBy(s => s.ReceivedAt)!).ToList();
        var persons = signals.Select(s => new SignalledPerson(s.Surname, s.BirthDate)).Distinct().ToList();
        var hit = KnownClients.Find(match.AddressKey, persons, sets.SdvCandidates(match.AddressKey, persons));
        var team = sets.TeamFor(match.Postcode);

        var earlier = sets.EarlierCases(match);
        var open = earlier.Where(k => k.AddressKey == match.AddressKey && k.Status != CaseStatus.Closed && string.CompareOrdinal(k.Period, match.Period) < 0)
            .OrderByDescending(k => k.Period, StringComparer.Ordinal).FirstOrDefault();
        // Until outreach records a closing date, a closed case's last change is when it closed.
        var closed = earlier.Where(k => k.Status == CaseStatus.Closed).MaxBy(k => k.UpdatedAt);
        ClosedCase? recentlyClosed = null;
        if (closed is not null && Period.TryParse(closed.Period, out var closedPeriod, out _))
        {
            // Rare (a household back after its case closed): one read for it is cheaper than reading every total.
            var earlierTotal = await c.ExecuteScalarAsync<decimal?>(new CommandDefinition(
                "SELECT SUM(amount) FROM signals WHERE match_id = @Id AND status <> 'replaced'",
                new { Id = match.RecidivistOf ?? closed.MatchId }, t, cancellationToken: ct)) ?? 0m;
            recentlyClosed = new ClosedCase(closed.Id, closedPeriod, DateOnly.FromDateTime(closed.UpdatedAt), earlierTotal);
        }

        var total = signals.Any(s => s.Amount is not null) ? signals.Sum(s => s.Amount ?? 0m) : (decimal?)null;
        var always = match.PriorityClass == "urgent" || signals.Any(s => s.Kind == "referral");
        var pickup = new PickupFacts(period, total, always, open is null ? null : new OpenCase(open.Id, Parse(open.Period)), recentlyClosed,
            match.AddressStatus == AddressStatus.Outside);
        return new MatchFacts(new RoutingFacts(hit, match.RecidivistOf, team), pickup, open);
    }

    public static async Task<string?> AreaTeamAsync(DbConnection c, DbTransaction t, string postcode, CancellationToken ct)
    {
        var areas = await c.QueryAsync<AreaRow>(new CommandDefinition(
            "SELECT postcode_from AS PostcodeFrom, postcode_to AS PostcodeTo, team AS Team FROM areas WHERE postcode_from <= @Postcode AND postcode_to >= @Postcode",
            new { Postcode = postcode }, t, cancellationToken: ct));
        return Areas.TeamFor(postcode, areas.Select(a => new AreaRange(a.PostcodeFrom, a.PostcodeTo, a.Team)));
    }

    private static Period Parse(string text) => Period.TryParse(text, out var p, out var error) ? p : throw new FormatException(error);

    private sealed class AreaRow
    {
        public string PostcodeFrom { get; init; } = "";
        public string PostcodeTo { get; init; } = "";
        public string Team { get; init; } = "";
    }
}
