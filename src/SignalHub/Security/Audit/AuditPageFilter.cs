using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Infrastructure;

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
            $"status {StatusOf(executed, http)}{http.Request.QueryString}{(executed.Exception is null ? "" : ", failed")}",
            http.Connection.RemoteIpAddress?.ToString(), http.RequestAborted);
    }

    /// <summary>
    /// The status the person gets. The result has not run yet, so the response still says 200 unless the handler
    /// wrote it itself (a streamed download): read the result's own status first.
    /// </summary>
    private static int StatusOf(PageHandlerExecutedContext executed, HttpContext http) => executed switch
    {
        { Exception: not null, ExceptionHandled: false } => StatusCodes.Status500InternalServerError,
        { Result: IStatusCodeActionResult { StatusCode: { } code } } => code,
        { Result: Microsoft.AspNetCore.Mvc.RazorPages.PageResult { StatusCode: { } page } } => page,
        { Result: RedirectToPageResult or RedirectResult or LocalRedirectResult or RedirectToActionResult or RedirectToRouteResult } =>
            StatusCodes.Status302Found,
        { Result: ForbidResult } => StatusCodes.Status403Forbidden,
        { Result: ChallengeResult } => StatusCodes.Status401Unauthorized,
        _ => http.Response.StatusCode,
    };
}
