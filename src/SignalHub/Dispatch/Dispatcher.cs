using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Options;
using SignalHub.Domain.Routing;
using SignalHub.Domain.Values;
using SignalHub.Domain.Vocabulary;
using SignalHub.Ingestion;
using SignalHub.Matching;

namespace SignalHub.Dispatch;

/// <summary>What one dispatch run did: cases made, matches that joined an open case, matches not picked up.</summary>
public sealed record DispatchSummary(int Cases, int Joined, int NotPickedUp);

/// <summary>
/// Decides every open, actionable match of a period that has no case: <see cref="Pickup"/> says whether it
/// becomes work (or joins the household's open case, or is not picked up with the standard's result), and
/// <see cref="Router"/> where a new case goes. Every outcome is written with a row in <c>routing_decisions</c>.
/// A not-picked-up match is decided again when matching changed it (a later signal may lift it over the
/// minimum). Runs in the caller's transaction; a match that has a case is left alone, so dispatching twice is harmless.
/// </summary>
internal sealed class Dispatcher(IOptions<DispatchOptions> dispatch, IOptions<IngestionOptions> ingestion,
    TimeProvider clock, ILogger<Dispatcher> logger)
{
    private const string Ready = """
        SELECT m.id AS Id, m.period AS Period, m.address_key AS AddressKey, m.postcode AS Postcode, m.recidivist_of AS RecidivistOf,
               m.status AS Status, m.not_picked_up AS NotPickedUp, m.address_status AS AddressStatus, m.priority_class AS PriorityClass
        FROM matches m
        WHERE m.period = @Period AND m.actionable = @Yes AND NOT EXISTS (SELECT 1 FROM cases k WHERE k.match_id = m.id)
        """;

    /// <param name="changed">Matches a matching run changed: those among them that were not picked up are decided again.</param>
    public async Task<DispatchSummary> DispatchAsync(DbConnection c, DbTransaction t, Period period, IReadOnlyCollection<Guid> changed, CancellationToken ct)
    {
        var touched = changed.ToHashSet();
        // Not-picked-up matches are few; reading them all and keeping the changed ones needs no id list in SQL.
        var ready = (await c.QueryAsync<ReadyMatch>(new CommandDefinition(
            Ready + " AND m.status IN (@Open, @NotPickedUp) ORDER BY m.priority_score DESC, m.id",
            new { Period = period.ToString(), Yes = true, Open = MatchStatus.Open, DispatchedMatchStatus.NotPickedUp }, t, cancellationToken: ct)))
            .Where(m => m.Status == MatchStatus.Open || touched.Contains(m.Id)).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = period.DeadlineDay(ingestion.Value.DeadlineDay).AddDays(dispatch.Value.CycleDays);
        var (cases, joined, dropped) = (0, 0, 0);
        foreach (var match in ready)
        {
            var facts = await MatchFacts.LoadAsync(c, t, match, period, ct);
            var pickup = Pickup.Decide(facts.Pickup, dispatch.Value.ToPickupPolicy());
            switch (pickup.Kind)
            {
                case PickupKind.NotPickedUp:
                    var result = pickup.Result!.Value.ToCode();
                    if (match.Status == DispatchedMatchStatus.NotPickedUp && match.NotPickedUp == result)
                        continue;
                    await RoutingWrites.UpdateMatchAsync(c, t, match.Id, DispatchedMatchStatus.NotPickedUp, result, null, now, ct);
                    await RoutingWrites.RecordAsync(c, t, new(match.Id, null, RoutingDecisionKind.NotPickedUp, Routes.None, null, null,
                        RoutingDecisionKind.Automatic, $"{pickup.Result.Value.DutchLabel()}: {pickup.Reason}", result, now), ct);
                    dropped++;
                    break;
                case PickupKind.JoinOpenCase:
                    var open = facts.OpenCase!;
                    await RoutingWrites.UpdateMatchAsync(c, t, match.Id, MatchStatus.Dispatched, null, open.Id, now, ct);
                    await RoutingWrites.RecordAsync(c, t, new(match.Id, open.Id, RoutingDecisionKind.Join, open.Route, open.Team, open.AssignedTo,
                        RoutingDecisionKind.Automatic, pickup.Reason, null, now), ct);
                    joined++;
                    break;
                default:
                    var decision = Router.Route(facts.Routing);
                    var caseId = Guid.CreateVersion7();
                    await RoutingWrites.InsertCaseAsync(c, t, caseId, match, decision, due, now, ct);
                    if (decision.Hit is { } hit)
                        await RoutingWrites.InsertHitAsync(c, t, caseId, hit, now, ct);
                    await RoutingWrites.RecordAsync(c, t, new(match.Id, caseId, RoutingDecisionKind.Dispatch, decision.Route.ToCode(), decision.Team,
                        decision.AssignTo, RoutingDecisionKind.Automatic, pickup.Reason == Pickup.PickedUp ? decision.Reason : $"{decision.Reason} ({pickup.Reason})", null, now), ct);
                    await RoutingWrites.UpdateMatchAsync(c, t, match.Id, MatchStatus.Dispatched, null, null, now, ct);
                    cases++;
                    break;
            }
        }
        if (cases + joined + dropped > 0)
            logger.LogInformation("Dispatched {Period}: {Cases} cases, {Joined} joined an open case, {NotPickedUp} not picked up",
                period, cases, joined, dropped);
        return new DispatchSummary(cases, joined, dropped);
    }
}
