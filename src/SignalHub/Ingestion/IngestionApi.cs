using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using SignalHub.Domain.Values;
using SignalHub.Ingestion.Json;
using SignalHub.Partners;

namespace SignalHub.Ingestion;

/// <summary>
/// The partner API for deliveries, under <c>/api/v1</c>. A partner's key only ever reaches its own
/// deliveries: another partner's id answers 404, as an unknown one does.
/// </summary>
public static class IngestionApi
{
    private const int ReceiptErrorLimit = 1000;
    private const long MultipartFramingBytes = 1024 * 1024;

    public static void MapIngestionApi(this WebApplication app)
    {
        var api = app.MapPartnerGroup("/api/v1/deliveries", "Deliveries");
        api.MapPost("/", UploadAsync).DisableAntiforgery()
            .WithName("UploadDelivery").WithSummary("Deliver the month's partner file")
            .WithDescription("The file as the body (Content-Type text/csv), as multipart field 'file', or as JSON (Content-Type application/json). 202 with the receipt and its Location; the same bytes again answer 200 with the earlier receipt. Malformed JSON answers 400 with its line and column, and nothing is stored. The newest file of a month replaces the earlier one: 'replaces' names that delivery and 'withdraws' counts its signals the new file does not hold (see schemas/partner-file/README.md).")
            .Produces<Receipt>(StatusCodes.Status202Accepted).Produces<Receipt>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .AddOpenApiOperationTransformer(DeliveryFileBody.DescribeAsync).AddOpenApiOperationTransformer(JsonDeliveryBody.DescribeAsync);
        api.MapGet("/{id:guid}", async (Guid id, HttpContext http, ReceiptQuery receipts, CancellationToken ct) =>
            await receipts.GetAsync(id, http.User.PartnerId(), ReceiptErrorLimit, ct) is { } receipt
                ? Results.Ok(receipt)
                : Results.Problem(statusCode: 404, title: "Not found", detail: $"no delivery {id} for this partner"))
            .WithName("GetDelivery").WithSummary("A delivery's receipt").WithDescription("At most the first 1,000 row errors; all of them are in errors.csv.")
            .Produces<Receipt>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{id:guid}/errors.csv", async (Guid id, HttpContext http, ReceiptQuery receipts, CancellationToken ct) =>
            await receipts.GetAsync(id, http.User.PartnerId(), int.MaxValue, ct) is { } receipt
                ? Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(ErrorReport.ToCsv(receipt.Errors))).ToArray(),
                    "text/csv; charset=utf-8", $"fouten-{receipt.DeliveryId}.csv")
                : Results.Problem(statusCode: 404, title: "Not found", detail: $"no delivery {id} for this partner"))
            .WithName("GetDeliveryErrors").WithSummary("Every row error of a delivery as CSV")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").ProducesProblem(StatusCodes.Status404NotFound);
        app.MapWithdrawApi();
    }

    private static async Task<IResult> UploadAsync(HttpContext http, string? period, DeliveryIntake intake, ReceiptQuery receipts,
        IOptions<IngestionOptions> options, CancellationToken ct)
    {
        if (!Period.TryParse(period, out var month, out var periodError))
            return Results.Problem(statusCode: 400, title: "Bad period", detail: $"query parameter 'period': {periodError}");
        var maxBytes = options.Value.MaxFileBytes;
        // A declared length over the limit is refused before a byte is read; multipart framing gets some room.
        if (http.Request.ContentLength > maxBytes + (http.Request.HasFormContentType ? MultipartFramingBytes : 0))
            return TooLarge(IntakeResult.TooLarge(maxBytes));
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = maxBytes + MultipartFramingBytes;
        try
        {
            var result = http.Request.HasJsonContentType()
                ? await intake.AcceptJsonAsync(http.User.PartnerId(), month, http.Request.Body, "api", options.Value, ct)
                : await AcceptFileAsync(http, month, intake, maxBytes, ct);
            if (result is null)
                return Results.Problem(statusCode: 400, title: "No file", detail: "send the file as the multipart field 'file', or as the request body with Content-Type text/csv or application/json");
            if (result.DeliveryId is not { } id)
                return TooLarge(result);
            var receipt = await receipts.GetAsync(id, http.User.PartnerId(), ReceiptErrorLimit, ct);
            var location = string.Create(CultureInfo.InvariantCulture, $"/api/v1/deliveries/{id}");
            return result.Duplicate ? Results.Ok(receipt) : Results.Accepted(location, receipt);
        }
        catch (JsonDeliveryException e)
        {
            return e.ToProblem();
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(IntakeResult.TooLarge(maxBytes));
        }
        catch (InvalidDataException e) when (e.Message.StartsWith("Multipart body length limit", StringComparison.Ordinal))
        {
            return TooLarge(IntakeResult.TooLarge(maxBytes));
        }
    }

    /// <returns>null when a multipart body has no field 'file'.</returns>
    private static async Task<IntakeResult?> AcceptFileAsync(HttpContext http, Period month, DeliveryIntake intake, long maxBytes, CancellationToken ct)
    {
        Stream body;
        string? fileName = null;
        if (http.Request.HasFormContentType)
        {
            var form = await http.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = maxBytes }, ct);
            if (form.Files.GetFile("file") is not { } file)
                return null;
            body = file.OpenReadStream();
            fileName = file.FileName;
        }
        else
            body = http.Request.Body;
        await using (body)
            return await intake.AcceptAsync(http.User.PartnerId(), month, body, fileName, "api", ct);
    }

    private static IResult TooLarge(IntakeResult result) =>
        Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "File too large", detail: result.ErrorMessage, type: result.ErrorCode);
}
