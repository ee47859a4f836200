using Microsoft.AspNetCore.Authentication;

namespace SignalHub.Partners;

public static class PartnersRegistration
{
    public const string ApiPolicy = "partner-api";

    public static IHostApplicationBuilder AddPartners(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<PartnerStore>();
        builder.Services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, PartnerApiKeyHandler>(PartnerApiKeyHandler.SchemeName, null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(ApiPolicy, policy => policy.AddAuthenticationSchemes(PartnerApiKeyHandler.SchemeName)
                .RequireClaim(PartnerApiKeyHandler.PartnerIdClaim));
        return builder;
    }

    public static void MapPartnerApi(this WebApplication app)
    {
        var keys = app.MapGroup("/api/v1/keys").RequireAuthorization(ApiPolicy);
        keys.MapGet("/", async (HttpContext http, PartnerStore partners, CancellationToken ct) =>
            Results.Ok(await partners.ListKeysAsync(http.User.PartnerId(), ct)));
    }
}
