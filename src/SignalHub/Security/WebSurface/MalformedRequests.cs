using Microsoft.AspNetCore.Http.Features;

namespace SignalHub.Security.WebSurface;

/// <summary>
/// A request the server cannot read (a multipart body without a boundary, cut off, or with more parts than allowed; a
/// body that ends early) is the client's error: 400, never 500. The partner API answers with problem details in
/// SignalHub's own words; a portal page gets its Dutch error page through the status code pages. The exception's own
/// message is logged, never sent: it quotes the library and the request's bytes.
/// </summary>
public sealed class MalformedRequests(RequestDelegate next, ILogger<MalformedRequests> logger)
{
    public async Task InvokeAsync(HttpContext http)
    {
        try
        {
            await next(http);
        }
        catch (Exception e) when (!http.Response.HasStarted && StatusFor(e) is { } status)
        {
            logger.LogInformation("Malformed request {Method} {Path} answered {Status}: {Error}", http.Request.Method, http.Request.Path, status, e.GetType().Name);
            http.Response.Clear();
            http.Response.StatusCode = status;
            // The error page is re-executed with this request's method: it must find an (empty) form, not read the broken body again.
            http.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
            if (IsApi(http))
                await Results.Problem(statusCode: status, title: status == StatusCodes.Status413PayloadTooLarge ? "Request too large" : "Bad request",
                    detail: DetailFor(e, status)).ExecuteAsync(http);
        }
    }

    /// <summary>400 for a body the server could not read as what it claims to be; a request's own status for Kestrel's refusals.</summary>
    internal static int? StatusFor(Exception e) => e switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        InvalidDataException => StatusCodes.Status400BadRequest,
        // The multipart reader's "unexpected end of stream": the body was cut off before its closing boundary.
        IOException io when io.Source == "Microsoft.AspNetCore.WebUtilities" => StatusCodes.Status400BadRequest,
        // MVC wraps the form reader's failure when it binds a page's properties.
        Microsoft.AspNetCore.Mvc.ModelBinding.ValueProviderException { InnerException: { } inner } => StatusFor(inner),
        _ => null,
    };

    private static string DetailFor(Exception e, int status) => status switch
    {
        StatusCodes.Status413PayloadTooLarge => "the request body is larger than this endpoint accepts",
        _ when e.InnerException is IOException || e is IOException => "the request body ends before it is complete (a multipart body needs its closing boundary)",
        _ when e.InnerException is InvalidDataException || e is InvalidDataException => "the request body could not be read as the form or multipart body its Content-Type announces " +
            "(check the boundary, and send one file with at most a few fields)",
        _ => "the request could not be read; check its headers and body",
    };

    private static bool IsApi(HttpContext http) =>
        http.Request.Path.StartsWithSegments("/api") || http.Request.Path.StartsWithSegments("/health");
}
