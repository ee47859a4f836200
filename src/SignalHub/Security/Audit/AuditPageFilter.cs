using Microsoft.AspNetCore.Mvc.Filters;

namespace SignalHub.Security.Audit;

/// <summary>
/// Records every portal page a person opened or posted, with the query that selected what was shown.
/// Until sign-in exists (the security issue) the actor is the anonymous portal.
/// </summary>
internal sealed class AuditPageFilter(AuditLog audit) : IAsyncPageFilter
{
    /// <summary>The actor of a page opened without signing in.</summary>
    public const string AnonymousActor = "portal:anonymous";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        var http = context.HttpContext;
        if (context.ActionDescriptor.ViewEnginePath.StartsWith("/Portal/Error", StringComparison.Ordinal))
            return;
        var actor = http.User.Identity?.IsAuthenticated == true ? $"user:{http.User.Identity.Name}" : AnonymousActor;
        await audit.RecordAsync(actor, $"{http.Request.Method} {http.Request.Path}", "portal-page",
            context.RouteData.Values.TryGetValue("id", out var id) ? id?.ToString() : null,
            $"status {http.Response.StatusCode}{http.Request.QueryString}{(executed.Exception is null ? "" : ", failed")}",
            http.Connection.RemoteIpAddress?.ToString(), http.RequestAborted);
    }
}
