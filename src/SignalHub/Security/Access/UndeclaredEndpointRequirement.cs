using Microsoft.AspNetCore.Authorization;

namespace SignalHub.Security.Access;

/// <summary>
/// The fallback policy's requirement: met only when the request matched no endpoint at all (it will be a 404).
/// An endpoint that declared no policy never meets it, so it is refused to every role.
/// </summary>
public sealed class UndeclaredEndpointRequirement : IAuthorizationRequirement;

internal sealed class UndeclaredEndpointHandler : AuthorizationHandler<UndeclaredEndpointRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, UndeclaredEndpointRequirement requirement)
    {
        if (context.Resource is HttpContext http && http.GetEndpoint() is null)
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
