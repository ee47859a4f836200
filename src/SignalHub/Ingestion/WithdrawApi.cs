using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using SignalHub.Domain.Values;
using SignalHub.Partners;

namespace SignalHub.Ingestion;

/// <summary>
/// <c>POST /api/v1/signals/{reference}/withdraw?period=YYYY-MM</c>: a partner takes back a signal it sent,
/// e.g. because the arrears were paid. The answer is the signal's state, the same on every repeat.
/// </summary>
public static class WithdrawApi
{
    public const int NoteMaxLength = 500;

    public static void MapWithdrawApi(this IEndpointRouteBuilder app)
    {
        var signals = app.MapPartnerGroup("/api/v1/signals", "Signals");
        signals.MapPost("/{reference}/withdraw", WithdrawAsync)
            .WithName("WithdrawSignal").WithSummary("Withdraw a signal")
            .WithDescription("""
                Marks the calling partner's current signal for this reference and period as withdrawn, with the reason
                (paid, payment_arrangement, wrong_address, other). Its address is matched again without it: a match left
                without signals is resolved by the partner. Withdrawing again answers 200 with the stored state and
                changes nothing (the first reason stays). Another partner's reference answers 404, like an unknown one.
                """)
            // The body is described, not declared with Accepts: a declared type would turn a missing
            // Content-Type into a bare 415 instead of problem details.
            .AddOpenApiOperationTransformer(async (operation, context, ct) =>
            {
                var body = await context.GetOrCreateSchemaAsync(typeof(WithdrawRequest), null, ct);
                if (body.Properties?["reason"] is OpenApiSchema reason)
                    reason.Enum = [.. WithdrawalReasons.Codes.Select(code => (JsonNode)code)];
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = body } },
                };
            })
            .Produces<SignalState>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> WithdrawAsync([Description("The partner's own reference of the signal, as in its file")] string reference, string? period,
        HttpContext http, SignalWithdrawal withdrawal, CancellationToken ct)
    {
        if (!Period.TryParse(period, out var month, out var periodError))
            return BadRequest($"query parameter 'period': {periodError}");
        WithdrawRequest? request;
        try
        {
            request = await JsonSerializer.DeserializeAsync<WithdrawRequest>(http.Request.Body, JsonSerializerOptions.Web, ct);
        }
        catch (JsonException e)
        {
            // Our own words: the serializer's message names our types and quotes the body.
            var where = e.LineNumber is { } line ? $" at line {line + 1}, byte {e.BytePositionInLine + 1}" : "";
            return BadRequest($"the body is not a JSON object like {{\"reason\": \"paid\", \"note\": \"...\"}}{where}");
        }
        if (!WithdrawalReasons.TryParse(request?.Reason, out var reason))
            return BadRequest($"'reason' must be one of {string.Join(", ", WithdrawalReasons.Codes)}");
        if (request!.Note is { Length: > NoteMaxLength })
            return BadRequest($"'note' may hold at most {NoteMaxLength} characters");
        var state = await withdrawal.WithdrawAsync(http.User.PartnerId(), month, reference.Trim(), reason, ct);
        return state is null
            ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
                detail: $"no signal with reference '{reference.Trim()}' in {month} for this partner")
            : Results.Ok(state);
    }

    private static IResult BadRequest(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request", detail: detail);
}

/// <summary>Why the partner withdraws the signal.</summary>
/// <param name="Reason">One of <c>paid</c>, <c>payment_arrangement</c>, <c>wrong_address</c>, <c>other</c>.</param>
/// <param name="Note">Optional words for the municipality, at most 500 characters. Checked but not yet stored.</param>
public sealed record WithdrawRequest(string Reason, string? Note = null);
