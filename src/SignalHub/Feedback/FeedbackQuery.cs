using Dapper;
using Microsoft.Extensions.Options;
using SignalHub.Domain.Values;
using SignalHub.Domain.Vocabulary;
using SignalHub.Ingestion.Calendar;
using SignalHub.Storage;

namespace SignalHub.Feedback;

/// <summary>
/// One of the partner's signals as the partner hears back about it (terugkoppeling). Field names are a contract.
/// </summary>
/// <param name="Reference">The partner's own reference, as in its file.</param>
/// <param name="Status">received, in_progress, contact_made, help_under_way, closed, not_picked_up or withdrawn.</param>
/// <param name="StatusLabel">The status in Dutch, for people.</param>
/// <param name="DdasStatus">The standard's EnumSignaalstatus where one fits ("Nog niet opgepakt"), else null.</param>
/// <param name="StatusDate">The day (Europe/Amsterdam) the signal reached this status.</param>
/// <param name="Result">The standard's final result of a closed case, only where the covenant allows it; else null.</param>
public sealed record FeedbackItem(string Reference, string Period, string Status, string StatusLabel, string? DdasStatus, DateOnly StatusDate, string? Result);

/// <summary>
/// The feedback of one partner for one period: each of its references once, in its newest delivery's version.
/// Reads only rows of this partner's signals; the match and case are read for their state, never their content.
/// </summary>
public sealed class FeedbackQuery(Database database, IOptions<FeedbackOptions> options)
{
    private const string Select = """
        SELECT s.reference AS Reference, s.status AS SignalStatus, s.status_at AS SignalStatusAt, d.received_at AS ReceivedAt,
               m.status AS MatchStatus, k.status AS CaseStatus, k.created_at AS CaseCreatedAt, k.updated_at AS CaseChangedAt,
               (SELECT MAX(r.decided_at) FROM routing_decisions r WHERE r.match_id = m.id AND r.kind = @NotPickedUp) AS NotPickedUpAt
        FROM signals s
        JOIN deliveries d ON d.id = s.delivery_id
        LEFT JOIN matches m ON m.id = s.match_id
        LEFT JOIN cases k ON k.match_id = m.id OR k.id = m.joined_case_id
        WHERE s.partner_id = @PartnerId AND s.period = @Period AND s.status <> @Replaced
        """;

    public async Task<IReadOnlyList<FeedbackItem>> ForPartnerAsync(Guid partnerId, Period period, CancellationToken ct)
    {
        var rows = await database.ReadAsync(c => c.QueryAsync<Row>(new CommandDefinition(Select, new
        {
            PartnerId = partnerId, Period = period.ToString(), Replaced = SignalStanding.Replaced.ToCode(), Dispatch.RoutingDecisionKind.NotPickedUp,
        }, cancellationToken: ct)), ct);
        var share = options.Value.ShareFinalResult;
        // While a newer delivery is being stored a reference can be current twice: the newest delivery's signal speaks.
        return [.. rows.GroupBy(r => r.Reference, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(r => r.ReceivedAt).First())
            .OrderBy(r => r.Reference, StringComparer.Ordinal)
            .Select(r =>
            {
                var status = FeedbackRules.StatusOf(r.ToProgress(), share);
                return new FeedbackItem(r.Reference, period.ToString(), status.Status.ToCode(), status.Status.DutchLabel(), status.Status.ToDdas(),
                    DeliveryDeadline.Today(status.Since), status.Result?.ToDdas());
            })];
    }

    private sealed class Row
    {
        public string Reference { get; init; } = "";
        public string SignalStatus { get; init; } = "";
        public DateTime? SignalStatusAt { get; init; }
        public DateTime ReceivedAt { get; init; }
        public string? MatchStatus { get; init; }
        public string? CaseStatus { get; init; }
        public DateTime? CaseCreatedAt { get; init; }
        public DateTime? CaseChangedAt { get; init; }
        public DateTime? NotPickedUpAt { get; init; }

        // Outreach: read the case's final result here (CaseResults.TryParse of its code) once cases record one.
        public SignalProgress ToProgress() =>
            new(SignalStatus, ReceivedAt, SignalStatusAt, MatchStatus, NotPickedUpAt, CaseStatus, CaseCreatedAt, CaseChangedAt);
    }
}
