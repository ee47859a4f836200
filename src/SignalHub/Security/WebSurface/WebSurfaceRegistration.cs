using Microsoft.AspNetCore.RateLimiting;
using SignalHub.Security.Access;
using SignalHub.Security.Accounts;
using SignalHub.Security.Sessions;

namespace SignalHub.Security.WebSurface;

/// <summary>Sign-in, roles and the web surface: registered for every process (the CLI manages users too).</summary>
public static class WebSurfaceRegistration
{
    public static IHostApplicationBuilder AddPortalSecurity(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AccountOptions>().BindConfiguration(AccountOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<SessionCheckCache>();
        builder.Services.AddSingleton<PortalSessionStore>();
        builder.Services.AddSingleton<SourceAddress>();
        builder.Services.AddSingleton<SignInThrottle>();
        builder.Services.AddSingleton<UserStore>();
        builder.Services.AddSingleton<RoleRequestStore>();
        builder.Services.AddSingleton<UserAdministration>();
        builder.Services.AddSingleton<PortalSignIn>();
        builder.Services.AddPortalAuthentication();
        builder.Services.AddPortalAccess();
        // An unknown ?handler= is a page that does not exist (404), on every page alike.
        builder.Services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(mvc => mvc.Filters.Add<UnknownPageHandler>());
        builder.Services.AddRateLimiter(limiter => limiter.AddPolicy<string, SignInRateLimit>(SignInRateLimit.Policy));
        builder.Services.AddHsts(hsts =>
        {
            hsts.MaxAge = TimeSpan.FromDays(365);
            hsts.IncludeSubDomains = true;
        });
        builder.Services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "signalhub-formulier";
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            // Not a credential (it only pairs with the form's token), and outside development every request is HTTPS anyway.
            antiforgery.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
        });
        return builder;
    }

    /// <summary>First in the pipeline: HTTPS (with HSTS) outside development, and the security headers on every answer.</summary>
    public static void UseWebSurface(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        app.UseSecurityHeaders();
    }

    /// <summary>
    /// After the error pages and static files, before the endpoints: routing, who the user is, and whether they may.
    /// Routing comes here, not first, so an error page re-executed by the status code pages is routed (and authorised) again.
    /// </summary>
    public static void UsePortalAccess(this WebApplication app)
    {
        // Inside the error pages and the API's problem details: an unreadable request answers 400, not 500.
        app.UseMiddleware<MalformedRequests>();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
    }
}
