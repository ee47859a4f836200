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
    public static async Task<MatchFacts> LoadAsync(DbConnection c, DbTransaction t, ReadyMatch match, Period period, CancellationToken ct)
    {
        var signals = (await c.QueryAsync<SignalFacts>(new CommandDefinition("""
            SELECT s.partner_id AS PartnerId, s.reference AS Reference, s.kind AS Kind, s.surname AS Surname, s.birth_date AS BirthDate,
                   s.amount AS Amount, d.received_at AS ReceivedAt
            FROM signals s JOIN deliveries d ON d.id = s.delivery_id
            WHERE s.match_id = @Id AND s.status = 'current'
            """, new { match.Id }, t, cancellationToken: ct)))
            // As in matching: a partner's newer delivery replaces its older signal for the same reference.
            .GroupBy(s => (s.PartnerId, s.Reference)).Select(g => g.MaxBy(s => s.ReceivedAt)!).ToList();
        var persons = signals.Select(s => new SignalledPerson(s.Surname, s.BirthDate)).Distinct().ToList();
        var hit = KnownClients.Find(match.AddressKey, persons, await SdvCandidatesAsync(c, t, match.AddressKey, persons, ct));
        var team = await AreaTeamAsync(c, t, match.Postcode, ct);

        var earlier = (await c.QueryAsync<EarlierCase>(new CommandDefinition("""
            SELECT k.id AS Id, k.match_id AS MatchId, k.period AS Period, k.route AS Route, k.team AS Team, k.assigned_to AS AssignedTo,
                   k.status AS Status, k.updated_at AS UpdatedAt, m.address_key AS AddressKey
            FROM cases k JOIN matches m ON m.id = k.match_id
            WHERE (m.address_key = @AddressKey AND m.period < @Period) OR m.id = @RecidivistOf
            """, new { match.AddressKey, match.Period, match.RecidivistOf }, t, cancellationToken: ct))).ToList();
        var open = earlier.Where(k => k.AddressKey == match.AddressKey && k.Status != CaseStatus.Closed && string.CompareOrdinal(k.Period, match.Period) < 0)
            .OrderByDescending(k => k.Period, StringComparer.Ordinal).FirstOrDefault();
        // Until outreach records a closing date, a closed case's last change is when it closed.
        var closed = earlier.Where(k => k.Status == CaseStatus.Closed).MaxBy(k => k.UpdatedAt);
        ClosedCase? recentlyClosed = null;
        if (closed is not null && Period.TryParse(closed.Period, out var closedPeriod, out _))
        {
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

    /// <summary>Clients at the address, and clients elsewhere with a birth date of someone in the match (possibly moved).</summary>
    private static async Task<List<SdvClient>> SdvCandidatesAsync(DbConnection c, DbTransaction t, string addressKey,
        IReadOnlyList<SignalledPerson> persons, CancellationToken ct)
    {
        const string Select = """
            SELECT case_reference AS CaseReference, surname AS Surname, birth_date AS BirthDate, address_key AS AddressKey, caseworker AS Caseworker
            FROM sdv_clients
            """;
        var clients = (await c.QueryAsync<SdvClientRow>(new CommandDefinition(Select + " WHERE address_key = @AddressKey",
            new { AddressKey = addressKey }, t, cancellationToken: ct))).ToList();
        foreach (var born in persons.Select(p => p.BirthDate).OfType<DateOnly>().Distinct())
            clients.AddRange(await c.QueryAsync<SdvClientRow>(new CommandDefinition(Select + " WHERE birth_date = @Born AND address_key <> @AddressKey",
                new { Born = born, AddressKey = addressKey }, t, cancellationToken: ct)));
        return [.. clients.Select(k => new SdvClient(k.CaseReference, k.Surname, k.BirthDate, k.AddressKey, k.Caseworker))];
    }

    public static async Task<string?> AreaTeamAsync(DbConnection c, DbTransaction t, string postcode, CancellationToken ct)
    {
        var areas = await c.QueryAsync<AreaRow>(new CommandDefinition(
            "SELECT postcode_from AS PostcodeFrom, postcode_to AS PostcodeTo, team AS Team FROM areas WHERE postcode_from <= @Postcode AND postcode_to >= @Postcode",
            new { Postcode = postcode }, t, cancellationToken: ct));
        return Areas.TeamFor(postcode, areas.Select(a => new AreaRange(a.PostcodeFrom, a.PostcodeTo, a.Team)));
    }

    private static Period Parse(string text) => Period.TryParse(text, out var p, out var error) ? p : throw new FormatException(error);

    private sealed class SignalFacts
    {
        public Guid PartnerId { get; init; }
        public string Reference { get; init; } = "";
        public string Kind { get; init; } = "";
        public string Surname { get; init; } = "";
        public DateOnly? BirthDate { get; init; }
        public decimal? Amount { get; init; }
        public DateTime ReceivedAt { get; init; }
    }

    private sealed class SdvClientRow
    {
        public string CaseReference { get; init; } = "";
        public string Surname { get; init; } = "";
        public DateOnly? BirthDate { get; init; }
        public string AddressKey { get; init; } = "";
        public string? Caseworker { get; init; }
    }

    private sealed class AreaRow
    {
        public string PostcodeFrom { get; init; } = "";
        public string PostcodeTo { get; init; } = "";
        public string Team { get; init; } = "";
    }
}
