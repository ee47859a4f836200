using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using SignalHub.Security.Accounts;
using SignalHub.Security.Sessions;

namespace SignalHub.Security.Access;

/// <summary>
/// The portal's cookies: <see cref="Scheme"/> for a signed-in user, <see cref="PendingScheme"/> for the few minutes
/// between a right password and a right code. Both secure, HttpOnly and SameSite=Strict.
/// </summary>
public static class PortalAuthentication
{
    public const string Scheme = "portal";
    public const string PendingScheme = "portal-pending";

    public static IServiceCollection AddPortalAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(Scheme)
            .AddCookie(Scheme, cookie =>
            {
                cookie.Cookie.Name = "signalhub";
                cookie.LoginPath = "/inloggen";
                cookie.LogoutPath = "/uitloggen";
                cookie.SlidingExpiration = true;
                // Every request's cookie must name a live session of this installation, under the user's current stamp.
                cookie.Events.OnValidatePrincipal = SessionCookie.ValidateAsync;
                // An API caller is told 401, not sent to a sign-in page it cannot use.
                cookie.Events.OnRedirectToLogin = context =>
                {
                    if (context.Request.Path.StartsWithSegments("/api"))
                        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    else
                        context.Response.Redirect(context.RedirectUri);
                    return Task.CompletedTask;
                };
                // A 403 is a page of its own (the status code pages show it), not a redirect.
                cookie.Events.OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                };
            })
            .AddCookie(PendingScheme, cookie =>
            {
                cookie.Cookie.Name = "signalhub-inloggen";
                cookie.ExpireTimeSpan = TimeSpan.FromMinutes(5);
                cookie.SlidingExpiration = false;
                cookie.LoginPath = "/inloggen";
            });
        services.AddOptions<CookieAuthenticationOptions>(Scheme).Configure<IOptions<AccountOptions>>((cookie, accounts) =>
            cookie.ExpireTimeSpan = TimeSpan.FromMinutes(accounts.Value.SessionMinutes));
        foreach (var scheme in new[] { Scheme, PendingScheme })
            services.PostConfigure<CookieAuthenticationOptions>(scheme, cookie =>
            {
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            });
        services.AddOpenIdConnectSeam();
        return services;
    }

    /// <summary>Starts a server-side session for <paramref name="user"/> and gives the browser its cookie.</summary>
    public static Task SignInAsync(HttpContext http, UserAccount user) => SessionCookie.SignInAsync(http, user);
}
