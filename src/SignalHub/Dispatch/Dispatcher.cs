using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Options;
using SignalHub.Domain.Matching;
using SignalHub.Domain.Routing;
using SignalHub.Domain.Values;
using SignalHub.Ingestion;
using SignalHub.Matching;

namespace SignalHub.Dispatch;

/// <summary>
/// Makes a case for every open, actionable match that has none, routed by <see cref="Router"/>. An address
/// outside the municipality (by its BAG register) is never dispatched. Runs in the caller's transaction; a
/// match that already has a case is left alone, so dispatching twice is harmless.
/// </summary>
internal sealed class Dispatcher(IOptions<DispatchOptions> dispatch, IOptions<IngestionOptions> ingestion, TimeProvider clock)
{
    private const string Ready = """
        SELECT m.id AS Id, m.period AS Period, m.address_key AS AddressKey, m.postcode AS Postcode, m.recidivist_of AS RecidivistOf
        FROM matches m
        WHERE m.status = 'open' AND m.actionable = @Yes AND m.address_status <> 'outside'
          AND NOT EXISTS (SELECT 1 FROM cases k WHERE k.match_id = m.id)
        """;

    public async Task<int> DispatchAsync(DbConnection c, DbTransaction t, string filter, object parameters, CancellationToken ct)
    {
        var args = new DynamicParameters(parameters);
        args.Add("Yes", true);
        var ready = await c.QueryAsync<ReadyMatch>(new CommandDefinition(Ready + " AND " + filter, args, t, cancellationToken: ct));
        var now = clock.GetUtcNow().UtcDateTime;
        var count = 0;
        foreach (var match in ready)
        {
            var facts = new RoutingFacts(await KnownClientAsync(c, t, match, ct), match.RecidivistOf, await AreaTeamAsync(c, t, match.Postcode, ct));
            var decision = Router.Route(facts);
            var period = Period.TryParse(match.Period, out var p, out _) ? p : throw new FormatException($"bad period {match.Period}");
            var due = period.DeadlineDay(ingestion.Value.DeadlineDay).AddDays(dispatch.Value.CycleDays);
            await c.ExecuteAsync(new CommandDefinition("""
                INSERT INTO cases (id, match_id, period, route, team, assigned_to, status, route_reason, decided_by, due_date, created_at, updated_at)
                VALUES (@Id, @MatchId, @Period, @Route, @Team, @AssignTo, @Status, @Reason, @DecidedBy, @Due, @Now, @Now)
                """, new
            {
                Id = Guid.CreateVersion7(), MatchId = match.Id, match.Period, Route = decision.Route.ToString().ToLowerInvariant(),
                decision.Team, decision.AssignTo, Status = decision.AssignTo is null ? CaseStatus.New : CaseStatus.Assigned,
                decision.Reason, DecidedBy = "signalhub:routing", Due = due, Now = now,
            }, t, cancellationToken: ct));
            await c.ExecuteAsync(new CommandDefinition("UPDATE matches SET status = @Status, updated_at = @Now WHERE id = @Id",
                new { Status = MatchStatus.Dispatched, Now = now, match.Id }, t, cancellationToken: ct));
            count++;
        }
        return count;
    }

    /// <summary>A client at the same address with the same surname (case, diacritics and spacing ignored).</summary>
    private static async Task<SdvHit?> KnownClientAsync(DbConnection c, DbTransaction t, ReadyMatch match, CancellationToken ct)
    {
        var clients = await c.QueryAsync<SdvClientRow>(new CommandDefinition(
            "SELECT case_reference AS CaseReference, surname AS Surname, caseworker AS Caseworker FROM sdv_clients WHERE address_key = @AddressKey",
            new { match.AddressKey }, t, cancellationToken: ct));
        var surnames = (await c.QueryAsync<string>(new CommandDefinition(
            "SELECT DISTINCT surname FROM signals WHERE match_id = @Id AND status = 'current'", new { match.Id }, t, cancellationToken: ct)))
            .Select(Persons.SurnameKey).ToHashSet();
        var client = clients.FirstOrDefault(k => surnames.Contains(Persons.SurnameKey(k.Surname)));
        return client is null ? null : new SdvHit(client.CaseReference, client.Caseworker, "zelfde adres en achternaam");
    }

    private static Task<string?> AreaTeamAsync(DbConnection c, DbTransaction t, string postcode, CancellationToken ct) =>
        c.QueryFirstOrDefaultAsync<string?>(new CommandDefinition(
            "SELECT team FROM areas WHERE postcode_from <= @Postcode AND postcode_to >= @Postcode ORDER BY postcode_from DESC, postcode_to",
            new { Postcode = postcode }, t, cancellationToken: ct));

    private sealed class ReadyMatch
    {
        public Guid Id { get; init; }
        public string Period { get; init; } = "";
        public string AddressKey { get; init; } = "";
        public string Postcode { get; init; } = "";
        public Guid? RecidivistOf { get; init; }
    }

    private sealed class SdvClientRow
    {
        public string CaseReference { get; init; } = "";
        public string Surname { get; init; } = "";
        public string? Caseworker { get; init; }
    }
}
