using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;
using SignalHub.Ingestion;

namespace SignalHub.Portal;

/// <summary>
/// Raises the request and form limits of a page that takes a partner file to <c>Ingestion:MaxFileBytes</c>
/// (Kestrel's default is 30 MB), and refuses a larger declared body at once with 413. It runs before the antiforgery
/// check, which is the first to read the form.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class FileUploadLimitAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    /// <summary>Room for the multipart framing and the form's other fields.</summary>
    public const long FramingBytes = 1024 * 1024;

    public int Order => int.MinValue;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        var limit = http.RequestServices.GetRequiredService<IOptions<IngestionOptions>>().Value.MaxFileBytes + FramingBytes;
        if (http.Request.ContentLength > limit)
        {
            // Refused before a byte is read; the status page explains it in Dutch.
            context.Result = new StatusCodeResult(StatusCodes.Status413PayloadTooLarge);
            return;
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body)
            body.MaxRequestBodySize = limit;
        if (http.Request.HasFormContentType && http.Features.Get<IFormFeature>()?.Form is null)
            http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = limit }));
    }
}
