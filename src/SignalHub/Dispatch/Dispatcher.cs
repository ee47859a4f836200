using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Options;
using SignalHub.Domain.Routing;
using SignalHub.Domain.Values;
using SignalHub.Domain.Vocabulary;
using SignalHub.Ingestion;
using SignalHub.Security.Encryption;
using SignalHub.Storage;

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
internal sealed class Dispatcher(Database database, IOptions<DispatchOptions> dispatch, IOptions<IngestionOptions> ingestion,
    TimeProvider clock, FieldCipher cipher, ILogger<Dispatcher> logger)
{
    private const string ReadyColumns = """
        SELECT r.id AS Id, r.period AS Period, r.address_key AS AddressKey, r.postcode AS Postcode, r.recidivist_of AS RecidivistOf,
               r.status AS Status, r.not_picked_up AS NotPickedUp, r.address_status AS AddressStatus, r.priority_class AS PriorityClass,
               r.priority_score AS PriorityScore
        FROM matches r
        """;

    /// <summary>An actionable match that has no case yet.</summary>
    private const string NotDispatched = "r.actionable = @Yes AND NOT EXISTS (SELECT 1 FROM cases done WHERE done.match_id = r.id)";

    /// <param name="changed">Matches a matching run changed: those among them that were not picked up are decided again.</param>
    public async Task<DispatchSummary> DispatchAsync(DbConnection c, DbTransaction t, Period period, IReadOnlyCollection<Guid> changed, CancellationToken ct)
    {
        var parameters = new { Period = period.ToString(), Yes = true, Open = MatchStatus.Open.ToCode(), NotPickedUp = MatchStatus.NotPickedUp.ToCode() };
        // Every open match of the period (one that missed an earlier run is caught here), and the listed
        // not-picked-up ones: a later signal may have lifted them over the minimum.
        var opened = await c.QueryAsync<ReadyMatch>(new CommandDefinition(
            $"{ReadyColumns} WHERE r.period = @Period AND r.status = @Open AND {NotDispatched}", parameters, t, cancellationToken: ct));
        var redecide = await ListQuery.ReadAsync<ReadyMatch, Guid>(c, t,
            $"{ReadyColumns} WHERE {database.Dialect.InList("r.id", "Keys")} AND r.period = @Period AND r.status = @NotPickedUp AND {NotDispatched}",
            changed, slice => database.Dialect.IdList(slice), parameters, ct);
        var ready = opened.Concat(redecide).DistinctBy(m => m.Id).OrderByDescending(m => m.PriorityScore).ThenBy(m => m.Id).ToList();
        var due = period.DeadlineDay(ingestion.Value.DeadlineDay).AddDays(dispatch.Value.CycleDays);
        var (cases, joined, dropped) = (0, 0, 0);
        // A slice at a time keeps memory flat when a corrected month made every match of a partner ready at once.
        foreach (var slice in ready.Chunk(SliceSize))
        {
            var done = await DecideAsync(c, t, period, slice, due, ct);
            (cases, joined, dropped) = (cases + done.Cases, joined + done.Joined, dropped + done.NotPickedUp);
        }
        if (cases + joined + dropped > 0)
            logger.LogInformation("Dispatched {Period}: {Cases} cases, {Joined} joined an open case, {NotPickedUp} not picked up",
                period, cases, joined, dropped);
        return new DispatchSummary(cases, joined, dropped);
    }

    /// <summary>Matches per slice: a chunk's worth.</summary>
    private const int SliceSize = 5000;

    /// <summary>Decides one slice of ready matches and writes the outcome; later slices read what it wrote.</summary>
    private async Task<DispatchSummary> DecideAsync(DbConnection c, DbTransaction t, Period period, IReadOnlyList<ReadyMatch> ready, DateOnly due,
        CancellationToken ct)
    {
        var allFacts = await MatchFacts.LoadAllAsync(c, t, new(database.Dialect, cipher), ready, period, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var writes = new DispatchWrites(now);
        var (cases, joined, dropped) = (0, 0, 0);
        foreach (var match in ready)
        {
            var facts = allFacts[match.Id];
            var pickup = Pickup.Decide(facts.Pickup, dispatch.Value.ToPickupPolicy());
            switch (pickup.Kind)
            {
                case PickupKind.NotPickedUp:
                    var result = pickup.Result!.Value.ToCode();
                    if (match.Status == MatchStatus.NotPickedUp.ToCode() && match.NotPickedUp == result)
                        continue;
                    writes.UpdateMatch(match.Id, MatchStatus.NotPickedUp.ToCode(), result, null);
                    writes.Record(new(match.Id, null, RoutingDecisionKind.NotPickedUp, Routes.None, null, null,
                        RoutingDecisionKind.Automatic, $"{pickup.Result.Value.DutchLabel()}: {pickup.Reason}", result, now));
                    dropped++;
                    break;
                case PickupKind.JoinOpenCase:
                    var open = facts.OpenCase!;
                    writes.UpdateMatch(match.Id, MatchStatus.Dispatched.ToCode(), null, open.Id);
                    writes.Record(new(match.Id, open.Id, RoutingDecisionKind.Join, open.Route, open.Team, open.AssignedTo,
                        RoutingDecisionKind.Automatic, pickup.Reason, null, now));
                    joined++;
                    break;
                default:
                    var decision = Router.Route(facts.Routing);
                    var caseId = Guid.CreateVersion7();
                    writes.InsertCase(caseId, match, decision, due);
                    if (decision.Hit is { } hit)
                        writes.InsertHit(caseId, hit);
                    writes.Record(new(match.Id, caseId, RoutingDecisionKind.Dispatch, decision.Route.ToCode(), decision.Team,
                        decision.AssignTo, RoutingDecisionKind.Automatic, pickup.Reason == Pickup.PickedUp ? decision.Reason : $"{decision.Reason} ({pickup.Reason})", null, now));
                    writes.UpdateMatch(match.Id, MatchStatus.Dispatched.ToCode(), null, null);
                    cases++;
                    break;
            }
        }
        await writes.SaveAsync(c, t, database.Dialect, ct);
        return new DispatchSummary(cases, joined, dropped);
    }
}
