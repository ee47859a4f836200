using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace SignalHub.Security.WebSurface;

/// <summary>
/// A request for a page handler the page does not have (<c>?handler=nope</c>, or a POST handler asked with GET) is a page
/// that does not exist: 404 for every page, before the page runs without its handler (and meets data it never loaded) or
/// runs its unnamed handler for a request that meant another.
/// </summary>
public sealed class UnknownPageHandler : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        // MVC falls back to the unnamed handler (OnGet, OnPost) when the named one does not exist, or runs none at all.
        // An error page re-executed for such a request keeps its query string: it is shown, not refused again.
        if (context.HandlerMethod?.Name is null && AskedHandler(context.HttpContext, context.RouteData) is { Length: > 0 }
            && context.HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null)
        {
            context.Result = new NotFoundResult();
            return;
        }
        await next();
    }

    private static string? AskedHandler(HttpContext http, RouteData route) =>
        route.Values.TryGetValue("handler", out var value) && value is string fromRoute ? fromRoute : http.Request.Query["handler"].FirstOrDefault();
}
