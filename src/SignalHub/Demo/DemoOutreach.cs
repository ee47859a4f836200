using Dapper;
using SignalHub.Dispatch;
using SignalHub.Domain.Values;
using SignalHub.Outreach;
using SignalHub.Storage;

namespace SignalHub.Demo;

/// <summary>Replays <see cref="DemoCaseWork"/> on a month's cases, in time order on the <see cref="DemoClock"/>; once per month.</summary>
internal sealed class DemoOutreach(Database database, CaseQuery cases, CaseWork work, DemoClock clock)
{
    public async Task<int> ReplayAsync(Period period, DemoTimeline timeline, Func<int, DemoTimeline, IReadOnlyList<string>, IEnumerable<DemoStep>> story,
        CancellationToken ct)
    {
        if (await AlreadyWorkedAsync(period, ct))
            return 0;
        var month = (await cases.ListAsync(period, ct)).OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).ToList();
        var steps = month
            .SelectMany((c, i) => story(i, timeline, WorkersOf(c.Team)).Select(step => (Case: c, Step: step, Actor: WorkersOf(c.Team)[0])))
            .OrderBy(x => x.Step.At)
            .ToList();
        foreach (var (c, step, actor) in steps)
        {
            clock.MoveTo(step.At.AddMinutes(2));
            var change = await step.Do(work, c.Id, actor, ct);
            // An SDV case starts assigned to its caseworker: assigning it again changes nothing.
            if (change.Refusal is { } refusal && refusal.Code != "unchanged")
                throw new InvalidOperationException($"demo case {c.Id}: {refusal.Message}");
        }
        return steps.Count;
    }

    private static string[] WorkersOf(string? team) => team is not null && DemoTeams.Workers.TryGetValue(team, out var names) ? names : ["Coördinator Demo"];

    private Task<bool> AlreadyWorkedAsync(Period period, CancellationToken ct) =>
        database.ReadAsync(async c => await c.ExecuteScalarAsync<long>(new CommandDefinition("""
            SELECT COUNT(*) FROM case_events e JOIN cases k ON k.id = e.case_id WHERE k.period = @Period AND e.event IN ('attempt', 'status', 'closed', 'handover_offered')
            """, new { Period = period.ToString() }, cancellationToken: ct)) > 0, ct);
}
