using SignalHub.Domain.Values;
using SignalHub.Partners;

namespace SignalHub.Feedback;

/// <summary>
/// <c>GET /api/v1/feedback?period=YYYY-MM</c> and <c>GET /api/v1/feedback/quality?period=YYYY-MM</c>: what became of
/// the calling partner's signals, and its month's data quality. A partner's key only ever reads its own signals.
/// </summary>
public static class FeedbackApi
{
    public static void MapFeedbackApi(this IEndpointRouteBuilder app)
    {
        var feedback = app.MapPartnerGroup("/api/v1/feedback", "Feedback");
        feedback.MapGet("/", async (string? period, HttpContext http, FeedbackQuery query, CancellationToken ct) =>
                Period.TryParse(period, out var month, out var error)
                    ? Results.Ok(await query.ForPartnerAsync(http.User.PartnerId(), month, ct))
                    : BadPeriod(error!))
            .WithName("GetFeedback").WithSummary("What became of the partner's signals")
            .WithDescription("""
                One entry per reference the partner delivered for the month (its newest delivery's version), with a dated status:
                received, in_progress, contact_made, help_under_way, closed, not_picked_up or withdrawn. "not_picked_up" never
                carries the reason; a closed case's final result (the standard's EnumEindresultaat) only where the covenant
                allows it. Nothing about other partners' signals, other debts or which team has the household.
                """)
            .Produces<IReadOnlyList<FeedbackItem>>().ProducesProblem(StatusCodes.Status400BadRequest);
        feedback.MapGet("/quality", async (string? period, HttpContext http, DataQualityQuery query, CancellationToken ct) =>
                Period.TryParse(period, out var month, out var error)
                    ? Results.Ok((await query.ForPeriodAsync(month, http.User.PartnerId(), ct)).SingleOrDefault())
                    : BadPeriod(error!))
            .WithName("GetDataQuality").WithSummary("The partner's data quality for the month")
            .WithDescription("""
                Rows read, accepted and rejected in the month's newest completed delivery, rejected rows per reason code, files
                refused as a whole, signals whose address the municipality's BAG register does not know or places outside the
                municipality, and whether the delivery was on time.
                """)
            .Produces<DataQualitySummary>().ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static IResult BadPeriod(string error) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad period", detail: $"query parameter 'period': {error}");
}
