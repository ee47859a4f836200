using Dapper;
using Microsoft.Extensions.Options;
using SignalHub.Domain.Outreach;
using SignalHub.Domain.Vocabulary;
using SignalHub.Storage;

namespace SignalHub.Outreach;

/// <summary>Reads a case's detail, the hand-overs waiting for a person, and the aftercare checks that are due.</summary>
public sealed class CaseDetailQuery(Database database, DeadlineMarking marking, IOptions<OutreachOptions> options)
{
    private const string FollowUpColumns = """
        SELECT f.id AS Id, f.case_id AS CaseId, f.months AS Months, f.due_on AS DueOn, f.done_at AS DoneAt, f.done_by AS DoneBy,
               k.team AS Team, k.assigned_to AS AssignedTo, k.period AS Period, m.street AS Street, m.house_number AS HouseNumber, m.house_letter AS HouseLetter,
               m.addition AS Addition, m.postcode AS Postcode, m.city AS City
        FROM case_followups f JOIN cases k ON k.id = f.case_id JOIN matches m ON m.id = k.match_id
        """;

    public Task<CaseDetail?> GetAsync(Guid caseId, CancellationToken ct) => database.ReadAsync(async c =>
    {
        var row = await c.QuerySingleOrDefaultAsync<CaseRow>(new CommandDefinition("""
            SELECT id AS Id, match_id AS MatchId, period AS Period, route AS Route, team AS Team, assigned_to AS AssignedTo, status AS Status,
                   due_date AS DueDate, created_at AS CreatedAt, at_risk AS AtRisk, overdue AS Overdue, deadline_risks AS Risks,
                   result AS Result, schemes AS Schemes, help_kinds AS HelpKinds, closed_at AS ClosedAt, closed_by AS ClosedBy
            FROM cases WHERE id = @Id
            """, new { Id = caseId }, cancellationToken: ct));
        if (row is null)
            return null;
        var attempts = await AttemptStore.ForCaseAsync(c, null, caseId, ct);
        var progress = OutreachRule.Evaluate(attempts.Select(a => a.ToFact()), options.Value.Requirement);
        var handOver = await c.QueryFirstOrDefaultAsync<HandOverRow>(new CommandDefinition("""
            SELECT sender AS Sender, sender_team AS SenderTeam, receiver AS Receiver, receiver_team AS ReceiverTeam, offered_at AS OfferedAt,
                   accepted_at AS AcceptedAt, note AS Note
            FROM case_handovers WHERE case_id = @Id ORDER BY offered_at DESC, id DESC
            """, new { Id = caseId }, cancellationToken: ct));
        var followUps = await c.QueryAsync<FollowUpRow>(new CommandDefinition(
            FollowUpColumns + " WHERE f.case_id = @Id ORDER BY f.due_on", new { Id = caseId }, cancellationToken: ct));
        var events = await c.QueryAsync<EventRow>(new CommandDefinition("""
            SELECT at AS At, actor AS Actor, event AS Event, from_status AS FromStatus, to_status AS ToStatus, detail AS Detail
            FROM case_events WHERE case_id = @Id ORDER BY at, id
            """, new { Id = caseId }, cancellationToken: ct));
        var required = options.Value.Requirement;
        return new CaseDetail(row.Id, row.MatchId, row.Period, row.Route, row.Team, row.AssignedTo, row.Status,
            CaseStages.TryParse(row.Status, out var stage, out _) ? stage.DutchLabel() : row.Status, row.DueDate, marking.FirstAttemptDue(row.CreatedAt),
            row.AtRisk, row.Overdue, Split(row.Risks), [.. attempts.Select(a => a.ToView())],
            new RuleView(progress.HomeVisits, progress.PhoneCalls, required.HomeVisits, required.PhoneCalls, progress.IsMet, progress.Needs, progress.NeedsInEnglish),
            handOver?.ToView(), row.Outcome(), [.. followUps.Select(f => f.ToView())],
            [.. events.Select(e => new CaseEventView(e.At, e.Actor, e.Event, e.FromStatus, e.ToStatus, e.Detail))]);
    }, ct);

    /// <summary>Aftercare checks not yet done and due on or before <paramref name="until"/>, earliest first: the budget coach's list.</summary>
    public async Task<IReadOnlyList<FollowUpView>> DueFollowUpsAsync(DateOnly until, CancellationToken ct) =>
        [.. (await database.ReadAsync(c => c.QueryAsync<FollowUpRow>(new CommandDefinition(
            FollowUpColumns + " WHERE f.done_at IS NULL AND f.due_on <= @Until ORDER BY f.due_on, f.id", new { Until = until }, cancellationToken: ct)), ct))
            .Select(f => f.ToView())];

    /// <summary>Cases offered to <paramref name="receiver"/> and not yet accepted; they stay with their senders until then.</summary>
    public async Task<IReadOnlyList<Guid>> OfferedToAsync(string receiver, CancellationToken ct) =>
        [.. (await database.ReadAsync(c => c.QueryAsync<OfferRow>(new CommandDefinition(
            "SELECT case_id AS CaseId FROM case_handovers WHERE receiver = @Receiver AND accepted_at IS NULL ORDER BY offered_at",
            new { Receiver = receiver.Trim() }, cancellationToken: ct)), ct)).Select(o => o.CaseId)];

    private static IReadOnlyList<string> Split(string? codes) => codes is null ? [] : codes.Split(',', StringSplitOptions.RemoveEmptyEntries);

    private sealed class CaseRow
    {
        public Guid Id { get; init; }
        public Guid MatchId { get; init; }
        public string Period { get; init; } = "";
        public string Route { get; init; } = "";
        public string? Team { get; init; }
        public string? AssignedTo { get; init; }
        public string Status { get; init; } = "";
        public DateOnly DueDate { get; init; }
        public DateTime CreatedAt { get; init; }
        public bool AtRisk { get; init; }
        public bool Overdue { get; init; }
        public string? Risks { get; init; }
        public string? Result { get; init; }
        public string? Schemes { get; init; }
        public string? HelpKinds { get; init; }
        public DateTime? ClosedAt { get; init; }
        public string? ClosedBy { get; init; }

        public OutcomeView? Outcome() => CaseResults.TryParse(Result, out var result, out _)
            ? new OutcomeView(result.ToCode(), result.DutchLabel(), result.PlainDutch(), Split(Schemes), Split(HelpKinds), ClosedAt, ClosedBy)
            : null;
    }

    private sealed class FollowUpRow
    {
        public Guid Id { get; init; }
        public Guid CaseId { get; init; }
        public int Months { get; init; }
        public DateOnly DueOn { get; init; }
        public DateTime? DoneAt { get; init; }
        public string? DoneBy { get; init; }
        public string? Team { get; init; }
        public string? AssignedTo { get; init; }
        public string Period { get; init; } = "";
        public string? Street { get; init; }
        public int HouseNumber { get; init; }
        public string? HouseLetter { get; init; }
        public string? Addition { get; init; }
        public string Postcode { get; init; } = "";
        public string? City { get; init; }

        public FollowUpView ToView()
        {
            return new FollowUpView(Id, CaseId, Months, DueOn, DoneAt, DoneBy, Team, AssignedTo,
                Portal.Labels.Address(Street, HouseNumber, HouseLetter, Addition, Postcode, City),
                Portal.Labels.Period(Period));
        }
    }

    private sealed class HandOverRow
    {
        public string Sender { get; init; } = "";
        public string? SenderTeam { get; init; }
        public string Receiver { get; init; } = "";
        public string? ReceiverTeam { get; init; }
        public DateTime OfferedAt { get; init; }
        public DateTime? AcceptedAt { get; init; }
        public string? Note { get; init; }

        public HandOverView ToView() => new(Sender, SenderTeam, Receiver, ReceiverTeam, OfferedAt, AcceptedAt, Note);
    }

    private sealed class EventRow
    {
        public DateTime At { get; init; }
        public string Actor { get; init; } = "";
        public string Event { get; init; } = "";
        public string? FromStatus { get; init; }
        public string? ToStatus { get; init; }
        public string? Detail { get; init; }
    }

    private sealed class OfferRow
    {
        public Guid CaseId { get; init; }
    }
}
