using System.Text.Json;
using Dapper;
using SignalHub.Domain.Matching;
using SignalHub.Domain.Values;
using SignalHub.Storage;

namespace SignalHub.Matching;

/// <summary>The period's matches, most urgent first: one query for the CLI, the portal and dispatch.</summary>
public sealed class MatchQuery(Database database)
{
    private const string SelectMatches = """
        SELECT id AS Id, period AS Period, postcode AS Postcode, house_number AS HouseNumber, house_letter AS HouseLetter,
               addition AS Addition, street AS Street, city AS City, status AS Status, priority_class AS PriorityClass,
               priority_score AS PriorityScore, reasons AS Reasons, multiple_arrears AS MultipleArrears, actionable AS Actionable,
               recidivist_of AS RecidivistOf
        FROM matches
        """;

    private const string SelectSignals = """
        SELECT s.id AS Id, s.match_id AS MatchId, p.name AS Partner, s.partner_id AS PartnerId, d.received_at AS ReceivedAt,
               s.reference AS Reference, s.cost_type AS CostType, s.amount AS Amount, s.arrears_since AS Since,
               s.collection_stage AS CollectionStage, s.collection_stage_date AS CollectionStageDate, s.crisis AS Crisis, s.kind AS Kind,
               s.surname AS Surname, s.initials AS Initials, s.birth_date AS BirthDate
        FROM signals s JOIN partners p ON p.id = s.partner_id JOIN deliveries d ON d.id = s.delivery_id
        """;

    public async Task<IReadOnlyList<MatchView>> ListAsync(Period period, CancellationToken ct) =>
        await database.ReadAsync(async c =>
        {
            var matches = await c.QueryAsync<MatchRow>(new CommandDefinition(
                SelectMatches + " WHERE period = @Period ORDER BY priority_score DESC, created_at, id", new { Period = period.ToString() }, cancellationToken: ct));
            var signals = (await c.QueryAsync<SignalRow>(new CommandDefinition(
                SelectSignals + " WHERE s.period = @Period AND s.status = 'current' AND s.match_id IS NOT NULL", new { Period = period.ToString() }, cancellationToken: ct)))
                .ToLookup(s => s.MatchId);
            return matches.Select(m => m.ToView(signals[m.Id])).ToList();
        }, ct);

    public async Task<MatchView?> FindAsync(Guid id, CancellationToken ct) =>
        await database.ReadAsync(async c =>
        {
            var match = await c.QuerySingleOrDefaultAsync<MatchRow>(new CommandDefinition(SelectMatches + " WHERE id = @Id", new { Id = id }, cancellationToken: ct));
            if (match is null)
                return null;
            var signals = await c.QueryAsync<SignalRow>(new CommandDefinition(
                SelectSignals + " WHERE s.match_id = @Id AND s.status = 'current'", new { Id = id }, cancellationToken: ct));
            return match.ToView(signals);
        }, ct);

    private sealed class MatchRow
    {
        public Guid Id { get; init; }
        public string Period { get; init; } = "";
        public string Postcode { get; init; } = "";
        public int HouseNumber { get; init; }
        public string? HouseLetter { get; init; }
        public string? Addition { get; init; }
        public string? Street { get; init; }
        public string? City { get; init; }
        public string Status { get; init; } = "";
        public string PriorityClass { get; init; } = "";
        public int PriorityScore { get; init; }
        public string Reasons { get; init; } = "[]";
        public bool MultipleArrears { get; init; }
        public bool Actionable { get; init; }
        public Guid? RecidivistOf { get; init; }

        public MatchView ToView(IEnumerable<SignalRow> signals)
        {
            // As in matching: a partner's newer delivery replaces its older signal for the same reference.
            var current = signals.GroupBy(s => (s.PartnerId, s.Reference))
                .Select(g => g.OrderByDescending(s => s.ReceivedAt).First())
                .OrderBy(s => s.Partner, StringComparer.Ordinal).ThenBy(s => s.Reference, StringComparer.Ordinal).ToList();
            var persons = current.GroupBy(s => (Persons.SurnameKey(s.Surname), s.BirthDate))
                .Select(g => new MatchPerson(g.First().Surname, g.Select(s => s.Initials).FirstOrDefault(i => i is not null), g.Key.BirthDate))
                .ToList();
            return new MatchView(Id, Period, new MatchAddress(Postcode, HouseNumber, HouseLetter, Addition, null, Street, City), persons,
                current.Select(s => new MatchSignalView(s.Id, s.Partner, s.Reference, s.CostType, s.Amount, s.Since, s.CollectionStage,
                    s.CollectionStageDate, s.Crisis, s.Kind)).ToList(),
                new MatchPriority(PriorityClass, PriorityScore, JsonSerializer.Deserialize<List<string>>(Reasons) ?? []),
                RecidivistOf is not null, RecidivistOf, MultipleArrears, Actionable, Status);
        }
    }

    private sealed class SignalRow
    {
        public Guid Id { get; init; }
        public Guid MatchId { get; init; }
        public string Partner { get; init; } = "";
        public Guid PartnerId { get; init; }
        public DateTime ReceivedAt { get; init; }
        public string Reference { get; init; } = "";
        public string CostType { get; init; } = "";
        public decimal? Amount { get; init; }
        public DateOnly? Since { get; init; }
        public string? CollectionStage { get; init; }
        public DateOnly? CollectionStageDate { get; init; }
        public bool Crisis { get; init; }
        public string Kind { get; init; } = "";
        public string Surname { get; init; } = "";
        public string? Initials { get; init; }
        public DateOnly? BirthDate { get; init; }
    }
}
