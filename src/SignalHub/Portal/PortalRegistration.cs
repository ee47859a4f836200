using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using SignalHub.Security.KeyRing;
using SignalHub.Security.WebSurface;

namespace SignalHub.Portal;

public static class PortalRegistration
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>Razor Pages live in the folder of the stage they show (Matching/Queue.cshtml), not in one Pages folder.</summary>
    public static IHostApplicationBuilder AddPortal(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(options =>
            {
                options.RootDirectory = "/";
                Security.Access.PortalAccess.Apply(options.Conventions);
            })
            .AddMvcOptions(mvc => mvc.Filters.Add<Security.Audit.AuditPageFilter>())
            .ConfigureApplicationPartManager(AddPortalAssembly);
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Dutch);
            options.SupportedCultures = [Dutch];
            options.SupportedUICultures = [Dutch];
        });
        builder.Services.AddSingleton<PortalPartners>();
        // The installation's own key ring, shared by its web processes (a cookie made by one is read by the next).
        builder.AddPortalKeyRing();
        return builder;
    }

    public static void MapPortal(this WebApplication app)
    {
        app.UseRequestLocalization();
        // Also in Development: no stack trace ever reaches a page; the log has it.
        app.UseExceptionHandler("/fout/500");
        app.UseStatusCodePagesWithReExecute("/fout/{0}");
        // The partner API and the health checks answer for themselves, with problem details, not with Dutch pages.
        app.UseWhen(IsApiOrHealth, api =>
        {
            api.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandler = http => Results.Problem(statusCode: 500, title: "Internal Server Error", detail: "The error was logged.").ExecuteAsync(http),
            });
            api.Use((http, next) =>
            {
                http.Features.Get<IStatusCodePagesFeature>()?.Enabled = false;
                return next(http);
            });
        });
        app.UseStaticFiles();
        app.UsePortalAccess();
        app.MapRazorPages();
    }

    private static bool IsApiOrHealth(HttpContext http) =>
        http.Request.Path.StartsWithSegments("/api") || http.Request.Path.StartsWithSegments("/health");

    /// <summary>
    /// MVC finds pages in the entry assembly; when another program hosts SignalHub (a test runner), that is not
    /// this one, so the portal names its own assembly.
    /// </summary>
    private static void AddPortalAssembly(ApplicationPartManager parts)
    {
        var portal = typeof(PortalRegistration).Assembly;
        if (parts.ApplicationParts.OfType<AssemblyPart>().Any(part => part.Assembly == portal))
            return;
        // The assembly's own factory adds its compiled Razor pages too, not only its classes.
        foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(portal).GetApplicationParts(portal))
            parts.ApplicationParts.Add(part);
    }
}
