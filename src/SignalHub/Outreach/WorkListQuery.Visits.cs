using System.Text;
using Dapper;
using SignalHub.Domain.Outreach;
using SignalHub.Domain.Vocabulary;

namespace SignalHub.Outreach;

/// <summary>An open case that still needs a home visit, with what the outreach rule still needs in Dutch.</summary>
public sealed record VisitListItem(WorkListItem Case, IReadOnlyList<string> Needs, int HomeVisits, int RequiredHomeVisits);

public sealed partial class WorkListQuery
{
    /// <summary>The visit list stops here: a printed list longer than this is no day's work.</summary>
    public const int MaxVisits = 500;

    /// <summary>
    /// The open cases of <paramref name="team"/> (null: every team) made on or before <paramref name="day"/> whose household was
    /// not reached yet and that still need a home visit by the outreach rule; the most urgent first, then the earliest deadline.
    /// </summary>
    public async Task<IReadOnlyList<VisitListItem>> VisitListAsync(string? team, DateOnly day, CancellationToken ct)
    {
        var args = new DynamicParameters();
        var stages = new[] { CaseStage.New, CaseStage.Assigned, CaseStage.ContactAttempted }.Select(s => s.ToCode()).ToArray();
        var filter = new StringBuilder(" WHERE k.status IN (@New, @Assigned, @Attempted) AND k.created_at < @Until");
        args.Add("New", stages[0]);
        args.Add("Assigned", stages[1]);
        args.Add("Attempted", stages[2]);
        args.Add("Until", AmsterdamTime.FromLocal(day.AddDays(1).ToDateTime(TimeOnly.MinValue)).UtcDateTime);
        if (team is not null)
        {
            filter.Append(" AND k.team = @Team");
            args.Add("Team", team);
        }
        var (cases, attempts) = await database.ReadAsync(async c =>
        {
            var rows = (await c.QueryAsync<ItemRow>(new CommandDefinition(Columns + " FROM cases k JOIN matches m ON m.id = k.match_id"
                + filter + " ORDER BY m.priority_score DESC, k.due_date, k.id", args, cancellationToken: ct))).ToList();
            var facts = (await c.QueryAsync<AttemptRow>(new CommandDefinition("""
                SELECT a.case_id AS CaseId, a.kind AS Kind, a.at AS At, a.day_part AS DayPart, a.reached AS Reached
                FROM case_attempts a JOIN cases k ON k.id = a.case_id
                """ + filter, args, cancellationToken: ct))).ToLookup(a => a.CaseId);
            return (rows, facts);
        }, ct);
        var requirement = options.Value.Requirement;
        return [.. cases
            .Select(r => (Case: r.ToItem(), Progress: OutreachRule.Evaluate(attempts[r.Id].Select(a => a.ToFact()), requirement)))
            .Where(x => x.Progress.HomeVisitsMissing > 0)
            .Take(MaxVisits)
            .Select(x => new VisitListItem(x.Case, x.Progress.Needs, x.Progress.HomeVisits, requirement.HomeVisits))];
    }

    private sealed class AttemptRow
    {
        public Guid CaseId { get; init; }
        public string Kind { get; init; } = "";
        public DateTime At { get; init; }
        public string DayPart { get; init; } = "";
        public bool Reached { get; init; }

        public AttemptFact ToFact()
        {
            var local = AmsterdamTime.ToLocal(At);
            var kind = ContactKinds.TryParse(Kind, out var k, out _) ? k : ContactKind.Other;
            return DayParts.TryParse(DayPart, out var part, out _) ? new AttemptFact(kind, local, part, Reached) : new AttemptFact(kind, local, Reached);
        }
    }
}
