using Microsoft.AspNetCore.Authentication;

namespace SignalHub.Partners;

public static class PartnersRegistration
{
    public const string ApiPolicy = "partner-api";

    public static IHostApplicationBuilder AddPartners(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<PartnerStore>();
        builder.Services.AddOptions<PartnerTypeOptions>().BindConfiguration(PartnerTypeOptions.Section)
            .Validate(options => !options.Errors().Any(), "Partners:ExperimentTypes holds a code that is not a partner type").ValidateOnStart();
        builder.Services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, PartnerApiKeyHandler>(PartnerApiKeyHandler.SchemeName, null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(ApiPolicy, policy => policy.AddAuthenticationSchemes(PartnerApiKeyHandler.SchemeName)
                .RequireClaim(PartnerApiKeyHandler.PartnerIdClaim));
        builder.Services.AddOptions<PartnerApiOptions>().BindConfiguration(PartnerApiOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddPartnerApiRateLimit();
        builder.Services.AddPartnerApiDocument();
        return builder;
    }

    /// <summary>
    /// What every partner API group shares, and the keys endpoints. Adds the rate limiter to the pipeline:
    /// it runs after authentication (which the host adds first), so it sees the partner.
    /// </summary>
    public static void MapPartnerApi(this WebApplication app)
    {
        app.UseRateLimiter();
        // The API's description is public; the endpoints it describes are not.
        app.MapOpenApi().AllowAnonymous();
        app.MapKeysApi();
    }

    /// <summary>A partner API group: the partner's key required, its rate limit applied, its 401 and 429 documented.</summary>
    public static RouteGroupBuilder MapPartnerGroup(this IEndpointRouteBuilder app, string prefix, string tag)
    {
        var group = app.MapGroup(prefix).RequireAuthorization(ApiPolicy).RequireRateLimiting(PartnerApiRateLimit.Policy).WithTags(tag)
            .AddEndpointFilter<Security.Audit.AuditEndpointFilter>();
        group.ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status429TooManyRequests);
        return group;
    }
}
