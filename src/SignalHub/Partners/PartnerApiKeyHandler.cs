using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace SignalHub.Partners;

/// <summary>Authenticates <c>Authorization: Bearer shk_...</c> as the partner the key belongs to; logs each use by key prefix.</summary>
internal sealed class PartnerApiKeyHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    PartnerStore partners) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "PartnerApiKey";
    public const string PartnerIdClaim = "partner_id";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return AuthenticateResult.NoResult();
        var key = header["Bearer ".Length..].Trim();
        if (!key.StartsWith(ApiKeys.Prefix, StringComparison.Ordinal) || key.Length > 200)
            return AuthenticateResult.Fail("not a SignalHub API key");
        var partnerId = await partners.AuthenticateAsync(key, Context.RequestAborted);
        if (partnerId is null)
        {
            Logger.LogWarning("Rejected API key {KeyPrefix} from {Remote}", ApiKeys.DisplayPrefix(key), Context.Connection.RemoteIpAddress);
            return AuthenticateResult.Fail("unknown or revoked API key");
        }
        Logger.LogInformation("API key {KeyPrefix} used by partner {PartnerId} for {Method} {Path}",
            ApiKeys.DisplayPrefix(key), partnerId, Request.Method, Request.Path);
        var identity = new ClaimsIdentity([new Claim(PartnerIdClaim, partnerId.Value.ToString())], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Results.Problem(statusCode: 401, title: "Unauthorized", detail: "send a valid partner API key as 'Authorization: Bearer <key>'")
            .ExecuteAsync(Context);
    }
}

public static class PartnerClaims
{
    public static Guid PartnerId(this ClaimsPrincipal user) =>
        Guid.Parse(user.FindFirstValue(PartnerApiKeyHandler.PartnerIdClaim) ?? throw new InvalidOperationException("not a partner"));
}
