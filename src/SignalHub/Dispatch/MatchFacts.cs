using System.Data.Common;
using Dapper;
using SignalHub.Domain.Matching;
using SignalHub.Domain.Outreach;
using SignalHub.Domain.Routing;
using SignalHub.Domain.Values;
using SignalHub.Domain.Vocabulary;
using SignalHub.Registers;

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
        var signals = NewestDelivery.Current(sets.Signals[match.Id], s => new(s.PartnerId, s.Reference, s.ReceivedAt, s.Id)).ToList();
        var persons = signals.Select(s => new SignalledPerson(s.Surname, s.BirthDate)).Distinct().ToList();
        var hit = KnownClients.Find(match.AddressKey, persons, sets.SdvCandidates(match.AddressKey, persons));
        var team = sets.TeamFor(match.Postcode);

        var earlier = sets.EarlierCases(match);
        var prior = earlier.Select(k => new PriorCase(k.Id, k.MatchId, k.AddressKey, Parse(k.Period), k.Status == CaseStage.Closed.ToCode(), k.UpdatedAt)).ToList();
        var open = EarlierCases.OpenCase(match.AddressKey, Parse(match.Period), prior);
        ClosedCase? recentlyClosed = null;
        if (EarlierCases.LastClosed(prior) is { } closed)
        {
            // Rare (a household back after its case closed): one read for it is cheaper than reading every total.
            var earlierTotal = await c.ExecuteScalarAsync<decimal?>(new CommandDefinition(
                "SELECT SUM(amount) FROM signals WHERE match_id = @Id AND status <> @Replaced",
                new { Id = match.RecidivistOf ?? closed.MatchId, Replaced = SignalStanding.Replaced.ToCode() }, t, cancellationToken: ct)) ?? 0m;
            recentlyClosed = new ClosedCase(closed.CaseId, closed.Period, DateOnly.FromDateTime(closed.LastChange), earlierTotal);
        }

        var total = Domain.Routing.Pickup.TotalOf(signals.Select(s => s.Amount));
        var always = Domain.Routing.Pickup.AlwaysPicksUp(PriorityOf(match.PriorityClass), signals.Select(s => SignalKinds.TryParse(s.Kind, out var kind, out _) ? kind : (SignalKind?)null).OfType<SignalKind>());
        var pickup = new PickupFacts(period, total, always, open is null ? null : new OpenCase(open.CaseId, open.Period), recentlyClosed,
            match.AddressStatus == AddressStatus.Outside);
        return new MatchFacts(new RoutingFacts(hit, match.RecidivistOf, team), pickup, open is null ? null : earlier.Single(k => k.Id == open.CaseId));
    }

    private static PriorityClass PriorityOf(string code) => Enum.TryParse<PriorityClass>(code, ignoreCase: true, out var priority) ? priority : PriorityClass.Low;

    public static async Task<string?> AreaTeamAsync(DbConnection c, DbTransaction t, string postcode, CancellationToken ct) =>
        Areas.TeamFor(postcode, await AreaList.RangesAsync(c, t, postcode, ct));

    private static Period Parse(string text) => Period.TryParse(text, out var p, out var error) ? p : throw new FormatException(error);
}
