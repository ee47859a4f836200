using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace SignalHub.Partners;

/// <summary>
/// One fixed window of requests per partner on the partner API, so one partner's script cannot crowd out
/// the others. Runs after authentication, so the partition is the partner the key belongs to.
/// </summary>
public static class PartnerApiRateLimit
{
    public const string Policy = "partner-api-rate";

    public static IServiceCollection AddPartnerApiRateLimit(this IServiceCollection services) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(Policy, http =>
            {
                var options = http.RequestServices.GetRequiredService<IOptions<PartnerApiOptions>>().Value;
                var partner = http.User.FindFirst(PartnerApiKeyHandler.PartnerIdClaim)?.Value ?? "anonymous";
                return RateLimitPartition.GetFixedWindowLimiter(partner, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.PermitLimit,
                    Window = TimeSpan.FromSeconds(options.WindowSeconds),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
            limiter.OnRejected = RejectAsync;
        });

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        var options = http.RequestServices.GetRequiredService<IOptions<PartnerApiOptions>>().Value;
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : options.WindowSeconds;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PartnerApiRateLimit))
            .LogWarning("Partner {PartnerId} is over its API limit; retry after {Seconds} s",
                http.User.FindFirst(PartnerApiKeyHandler.PartnerIdClaim)?.Value, seconds);
        await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests",
            detail: string.Create(CultureInfo.InvariantCulture,
                $"this partner may make {options.PermitLimit} requests per {options.WindowSeconds} seconds; try again in {seconds} seconds"))
            .ExecuteAsync(http);
    }
}
