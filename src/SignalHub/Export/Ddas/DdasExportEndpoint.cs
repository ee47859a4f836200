namespace SignalHub.Export.Ddas;

/// <summary>
/// <c>GET /api/v1/exports/ddas?from=YYYY-MM-DD&amp;to=YYYY-MM-DD</c>: the same DDAS document as
/// <c>signalhub export ddas</c>, streamed, for a municipality's own data pipeline. Coordinators only.
/// </summary>
public static class DdasExportEndpoint
{
    public const string Policy = "municipality-export";

    /// <summary>Maps <c>/ddas</c> on a group such as <c>/api/v1/exports</c>.</summary>
    public static RouteGroupBuilder MapDdasExport(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("/ddas", ExportAsync)
            .RequireAuthorization(Policy)
            .WithName("GetDdasExport").WithSummary("The DDAS vroegsignalering export (Uitwisselmodel v0.9) of a period")
            .WithDescription("""
                One document in VNG Realisatie's DDAS exchange format, validating against schemas/ddas/json_schema_Uitwisselmodel.json:
                every signal whose delivery arrived between from and to (Amsterdam dates, both included) as a vroegsignaal, and every
                case of those signals as a vroegsignaalzaak with its contact attempts. The client block holds postcode and house number only.
                """)
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return group;
    }

    /// <summary>Maps the exports group with the DDAS export on the application.</summary>
    public static void MapExportsApi(this IEndpointRouteBuilder app) =>
        app.MapGroup("/api/v1/exports").WithTags("Exports").MapDdasExport();

    private static async Task<IResult> ExportAsync(string? from, string? to, HttpContext http, DdasExporter exporter, CancellationToken ct)
    {
        if (!TryDate(from, out var first))
            return BadRequest($"query parameter 'from': '{from}' is not a date like 2026-11-01");
        if (!TryDate(to, out var last))
            return BadRequest($"query parameter 'to': '{to}' is not a date like 2026-11-30");
        try
        {
            exporter.EnsureCanExport(first, last);
        }
        catch (DdasExportRefusedException e)
        {
            return BadRequest(e.Message);
        }
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"ddas-{from}-{to}.json\"";
        await exporter.WriteAsync(http.Response.Body, first, last, ct);
        return Results.Empty;
    }

    public static bool TryDate(string? text, out DateOnly date) => Outreach.AmsterdamTime.TryParseDay(text, out date);

    private static IResult BadRequest(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad export request", detail: detail);
}
