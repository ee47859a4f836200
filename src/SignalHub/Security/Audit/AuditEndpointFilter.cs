using Microsoft.AspNetCore.Routing;
using SignalHub.Partners;

namespace SignalHub.Security.Audit;

/// <summary>
/// Records every partner API call after it ran: the partner, the operation, the record it named, the
/// status code and where the call came from. One filter on the group, so no endpoint can forget it.
/// </summary>
internal sealed class AuditEndpointFilter(AuditLog audit) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        var http = context.HttpContext;
        var route = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? http.Request.Path.Value ?? "";
        var subject = http.Request.RouteValues.TryGetValue("id", out var id) ? id?.ToString()
            : http.Request.RouteValues.TryGetValue("reference", out var reference) ? reference?.ToString() : null;
        var status = result is IStatusCodeHttpResult { StatusCode: { } code } ? code : http.Response.StatusCode;
        await audit.RecordAsync($"partner:{http.User.PartnerId()}", $"{http.Request.Method} {route}", "partner-api", subject,
            $"status {status}{(http.Request.Query.TryGetValue("period", out var period) ? $", period {period}" : "")}",
            http.Connection.RemoteIpAddress?.ToString(), http.RequestAborted);
        return result;
    }
}
