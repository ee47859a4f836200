using System.ComponentModel.DataAnnotations;

namespace SignalHub.Security.Access;

/// <summary>
/// Section <c>OpenIdConnect</c>: a municipality's own identity provider. The handler package
/// (Microsoft.AspNetCore.Authentication.OpenIdConnect) is not in this mirror, so SignalHub does not speak the
/// protocol yet and refuses to start when it is switched on, rather than pretend. To add it: reference the package,
/// and in <see cref="OpenIdConnectSeam.AddOpenIdConnectSeam"/> call
/// <c>AddAuthentication().AddOpenIdConnect("oidc", o => { o.Authority = ...; o.ClientId = ...; o.SignInScheme = PortalAuthentication.Scheme; })</c>,
/// map the provider's role and scope claims onto <see cref="Accounts.PortalClaims"/> in <c>OnTokenValidated</c>
/// (or look the user up in <c>users</c> by name), and offer "Inloggen via de gemeente" on /inloggen. Every page
/// policy already accepts any principal signed in to <see cref="PortalAuthentication.Scheme"/>.
/// </summary>
public sealed class OpenIdConnectOptions
{
    public const string Section = "OpenIdConnect";

    public bool Enabled { get; set; }

    [Url]
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    /// <summary>The claim in the provider's token that holds one of <see cref="Accounts.PortalRoles"/>.</summary>
    public string RoleClaim { get; set; } = "roles";
}

public static class OpenIdConnectSeam
{
    public static IServiceCollection AddOpenIdConnectSeam(this IServiceCollection services)
    {
        services.AddOptions<OpenIdConnectOptions>().BindConfiguration(OpenIdConnectOptions.Section).ValidateDataAnnotations()
            .Validate(o => !o.Enabled, "OpenIdConnect:Enabled is true, but this build has no OpenID Connect handler (see docs/security.md)")
            .ValidateOnStart();
        // The extension point: AddOpenIdConnect goes here once the handler package is available.
        return services;
    }
}
