using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace SignalHub.Portal;

public static class PortalRegistration
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>Razor Pages live in the folder of the stage they show (Matching/Queue.cshtml), not in one Pages folder.</summary>
    public static IHostApplicationBuilder AddPortal(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(options => options.RootDirectory = "/")
            .AddMvcOptions(mvc => mvc.Filters.Add<Security.Audit.AuditPageFilter>());
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Dutch);
            options.SupportedCultures = [Dutch];
            options.SupportedUICultures = [Dutch];
        });
        return builder;
    }

    public static void MapPortal(this WebApplication app)
    {
        app.UseRequestLocalization();
        // The partner API answers with problem details of its own; only the portal's pages get Dutch error pages.
        app.UseWhen(http => !http.Request.Path.StartsWithSegments("/api") && !http.Request.Path.StartsWithSegments("/health"), portal =>
        {
            portal.UseStatusCodePagesWithReExecute("/fout/{0}");
            if (!app.Environment.IsDevelopment())
                portal.UseExceptionHandler("/fout/500");
        });
        app.UseStaticFiles();
        app.MapRazorPages();
    }
}
