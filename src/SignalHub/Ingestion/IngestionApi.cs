using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using SignalHub.Domain.Values;
using SignalHub.Partners;

namespace SignalHub.Ingestion;

/// <summary>
/// The partner API for deliveries, under <c>/api/v1</c>. A partner's key only ever reaches its own
/// deliveries: another partner's id answers 404, as an unknown one does.
/// </summary>
public static class IngestionApi
{
    private const int ReceiptErrorLimit = 1000;

    public static void MapIngestionApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1/deliveries").RequireAuthorization(PartnersRegistration.ApiPolicy);
        api.MapPost("/", UploadAsync).DisableAntiforgery();
        api.MapGet("/{id:guid}", async (Guid id, HttpContext http, ReceiptQuery receipts, CancellationToken ct) =>
            await receipts.GetAsync(id, http.User.PartnerId(), ReceiptErrorLimit, ct) is { } receipt
                ? Results.Ok(receipt)
                : Results.Problem(statusCode: 404, title: "Not found", detail: $"no delivery {id} for this partner"));
        api.MapGet("/{id:guid}/errors.csv", async (Guid id, HttpContext http, ReceiptQuery receipts, CancellationToken ct) =>
            await receipts.GetAsync(id, http.User.PartnerId(), int.MaxValue, ct) is { } receipt
                ? Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(ErrorReport.ToCsv(receipt.Errors))).ToArray(),
                    "text/csv; charset=utf-8", $"fouten-{receipt.DeliveryId}.csv")
                : Results.Problem(statusCode: 404, title: "Not found", detail: $"no delivery {id} for this partner"));
    }

    private static async Task<IResult> UploadAsync(HttpContext http, string? period, DeliveryIntake intake, ReceiptQuery receipts,
        IOptions<IngestionOptions> options, CancellationToken ct)
    {
        if (!Period.TryParse(period, out var month, out var periodError))
            return Results.Problem(statusCode: 400, title: "Bad period", detail: $"query parameter 'period': {periodError}");
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = options.Value.MaxFileBytes + (1024 * 1024);
        Stream body;
        string? fileName = null;
        if (http.Request.HasFormContentType)
        {
            var form = await http.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = options.Value.MaxFileBytes }, ct);
            if (form.Files.GetFile("file") is not { } file)
                return Results.Problem(statusCode: 400, title: "No file", detail: "send the file as the multipart field 'file', or as the request body with Content-Type text/csv");
            body = file.OpenReadStream();
            fileName = file.FileName;
        }
        else
            body = http.Request.Body;
        await using (body)
        {
            var result = await intake.AcceptAsync(http.User.PartnerId(), month, body, fileName, "api", ct);
            if (result.DeliveryId is not { } id)
                return Results.Problem(statusCode: 413, title: "File too large", detail: result.ErrorMessage, type: result.ErrorCode);
            var receipt = await receipts.GetAsync(id, http.User.PartnerId(), ReceiptErrorLimit, ct);
            var location = string.Create(CultureInfo.InvariantCulture, $"/api/v1/deliveries/{id}");
            return result.Duplicate ? Results.Ok(receipt) : Results.Accepted(location, receipt);
        }
    }
}
