using System.Security.Claims;
using SignalHub.Security.Access;
using SignalHub.Security.Audit;
using SignalHub.Security.Sessions;

namespace SignalHub.Security.Accounts;

/// <summary>What became of an add, a role change or a removal asked for in the portal.</summary>
public enum ChangeState { Done, Pending, Refused }

public sealed record UserChange(ChangeState State, string Message, UserAccount? Added = null, string? Password = null);

/// <summary>
/// Adding accounts, changing roles and removing accounts in the portal, under the role-grant table
/// (<see cref="RoleGrants"/>): checked here, on the server, for every path; every grant, request, approval, refusal and
/// revoke on the audit chain. A grant that needs a second coordinator waits in <c>role_requests</c>.
/// </summary>
public sealed class UserAdministration(UserStore users, RoleRequestStore requests, AuditLog audit)
{
    public async Task<UserChange> AddAsync(HttpContext http, NewUser request, CancellationToken ct)
    {
        switch (RoleGrants.RuleFor(RoleOf(http), request.Role))
        {
            case GrantRule.Direct:
                var user = await users.AddAsync(request, ct);
                await audit.RecordChangeAsync(http, "user.add", "user", user.Id.ToString(), Describe(user.Name, null, user.Role, user.PartnerId, user.Team));
                return new UserChange(ChangeState.Done, $"{user.Name} is toegevoegd.", user, request.Password);
            case GrantRule.SecondApprover:
                if (await users.FindByNameAsync(request.Name, ct) is not null)
                    throw new DuplicateUserException(request.Name);
                return await RequestAsync(http, RoleRequest.AddKind, null, request.Name, null, request.Role, request.PartnerId, request.Team, ct);
            default:
                return await RefuseAsync(http, null, Describe(request.Name, null, request.Role, request.PartnerId, request.Team), request.Role);
        }
    }

    public async Task<UserChange> ChangeRoleAsync(HttpContext http, Guid userId, string role, Guid? partnerId, string? team, CancellationToken ct)
    {
        if (await users.FindAsync(userId, ct) is not { } user)
            return new UserChange(ChangeState.Refused, "Deze gebruiker bestaat niet (meer).");
        if (IsSelf(http, user.Id))
            return await RefuseAsync(http, user.Id, Describe(user.Name, user.Role, role, partnerId, team), role, "U kunt uw eigen rol niet wijzigen.");
        switch (RoleGrants.RuleForChange(RoleOf(http), user.Role, role))
        {
            case GrantRule.Direct:
                await ApplyChangeAsync(http, user, role, partnerId, team, ct);
                return new UserChange(ChangeState.Done, $"De rol van {user.Name} is nu {PortalRoles.Dutch(role)}.");
            case GrantRule.SecondApprover:
                return await RequestAsync(http, RoleRequest.ChangeKind, user.Id, user.Name, user.Role, role, partnerId, team, ct);
            default:
                return await RefuseAsync(http, user.Id, Describe(user.Name, user.Role, role, partnerId, team), role);
        }
    }

    public async Task<UserChange> RemoveAsync(HttpContext http, Guid userId, CancellationToken ct)
    {
        if (await users.FindAsync(userId, ct) is not { } user)
            return new UserChange(ChangeState.Refused, "Deze gebruiker bestaat niet (meer).");
        if (IsSelf(http, user.Id))
            return await RefuseAsync(http, user.Id, Describe(user.Name, user.Role, null, null, null), user.Role, "U kunt uw eigen account niet verwijderen.");
        switch (RoleGrants.RuleForChange(RoleOf(http), user.Role, null))
        {
            case GrantRule.Direct:
                await ApplyRemoveAsync(http, user, ct);
                return new UserChange(ChangeState.Done, $"{user.Name} is verwijderd.");
            case GrantRule.SecondApprover:
                return await RequestAsync(http, RoleRequest.RemoveKind, user.Id, user.Name, user.Role, null, null, null, ct);
            default:
                return await RefuseAsync(http, user.Id, Describe(user.Name, user.Role, null, null, null), user.Role);
        }
    }

    /// <summary>A second coordinator approves a pending request: never the one who asked, never for its own account.</summary>
    public async Task<UserChange> ApproveAsync(HttpContext http, Guid requestId, CancellationToken ct)
    {
        if (await requests.FindPendingAsync(requestId, ct) is not { } request)
            return new UserChange(ChangeState.Refused, "Dit verzoek bestaat niet of is al afgehandeld.");
        var refusal = RoleOf(http) != RoleGrants.Approver ? "Alleen een coördinator keurt een rolverzoek goed."
            : request.RequestedBy == NameOf(http) ? "Een tweede coördinator moet dit verzoek goedkeuren, niet degene die het indiende."
            : request.UserId is { } subject && IsSelf(http, subject) ? "U kunt geen verzoek over uw eigen account goedkeuren."
            : null;
        if (refusal is not null)
            return await RefuseAsync(http, request.UserId, Describe(request), request.ToRole ?? request.FromRole ?? "", refusal);
        var user = request.UserId is { } id ? await users.FindAsync(id, ct) : null;
        if (request.Kind != RoleRequest.AddKind && user?.Role != request.FromRole)
        {
            await requests.DecideAsync(request.Id, "expired", NameOf(http), ct);
            await audit.RecordChangeAsync(http, "user.grant-expired", "role-request", request.Id.ToString(), Describe(request));
            return new UserChange(ChangeState.Refused, $"{request.UserName} is sinds het verzoek gewijzigd of verwijderd; het verzoek is vervallen.");
        }
        if (request.Kind == RoleRequest.AddKind && await users.FindByNameAsync(request.UserName, ct) is not null)
            throw new DuplicateUserException(request.UserName);
        if (!await requests.DecideAsync(request.Id, "approved", NameOf(http), ct))
            return new UserChange(ChangeState.Refused, "Dit verzoek is intussen al afgehandeld.");
        await audit.RecordChangeAsync(http, "user.grant-approved", "role-request", request.Id.ToString(), $"{Describe(request)}, requested by {request.RequestedBy}");
        switch (request.Kind)
        {
            case RoleRequest.AddKind:
                var password = UserCommands.NewPassword();
                var added = await users.AddAsync(new NewUser(request.UserName, request.ToRole!, request.PartnerId, request.Team, password), ct);
                await audit.RecordChangeAsync(http, "user.add", "user", added.Id.ToString(), Describe(request));
                return new UserChange(ChangeState.Done, $"{added.Name} is toegevoegd.", added, password);
            case RoleRequest.ChangeKind:
                await ApplyChangeAsync(http, user!, request.ToRole!, request.PartnerId, request.Team, ct);
                return new UserChange(ChangeState.Done, $"De rol van {user!.Name} is nu {PortalRoles.Dutch(request.ToRole!)}.");
            default:
                await ApplyRemoveAsync(http, user!, ct);
                return new UserChange(ChangeState.Done, $"{user!.Name} is verwijderd.");
        }
    }

    public async Task<UserChange> RejectAsync(HttpContext http, Guid requestId, CancellationToken ct)
    {
        if (await requests.FindPendingAsync(requestId, ct) is not { } request)
            return new UserChange(ChangeState.Refused, "Dit verzoek bestaat niet of is al afgehandeld.");
        if (RoleOf(http) != RoleGrants.Approver)
            return await RefuseAsync(http, request.UserId, Describe(request), request.ToRole ?? request.FromRole ?? "", "Alleen een coördinator wijst een rolverzoek af.");
        if (!await requests.DecideAsync(request.Id, "rejected", NameOf(http), ct))
            return new UserChange(ChangeState.Refused, "Dit verzoek is intussen al afgehandeld.");
        await audit.RecordChangeAsync(http, "user.grant-rejected", "role-request", request.Id.ToString(), $"{Describe(request)}, requested by {request.RequestedBy}");
        return new UserChange(ChangeState.Done, $"Het verzoek voor {request.UserName} is afgewezen.");
    }

    /// <summary>Resetting the second factor or lifting a lockout is managing the account: only for a role the actor may grant.</summary>
    public static bool MayManage(ClaimsPrincipal actor, UserAccount user) =>
        RoleGrants.RuleFor(actor.FindFirstValue(ClaimTypes.Role) ?? "", user.Role) != GrantRule.Refused;

    private async Task ApplyChangeAsync(HttpContext http, UserAccount user, string role, Guid? partnerId, string? team, CancellationToken ct)
    {
        await users.ChangeRoleAsync(user.Id, role, partnerId, team, ct);
        await audit.RecordChangeAsync(http, "user.role-change", "user", user.Id.ToString(), Describe(user.Name, user.Role, role, partnerId, team));
        await OnRoleChangedAsync(user.Id, SessionEnd.RoleChange, ct);
    }

    private async Task ApplyRemoveAsync(HttpContext http, UserAccount user, CancellationToken ct)
    {
        await users.RemoveAsync(user.Id, ct);
        await audit.RecordChangeAsync(http, "user.remove", "user", user.Id.ToString(), Describe(user.Name, user.Role, null, null, null));
        await OnRoleChangedAsync(user.Id, SessionEnd.UserRemoved, ct);
    }

    /// <summary>Every role change and removal passes here: a new security stamp ends the user's running sessions.</summary>
    private Task OnRoleChangedAsync(Guid userId, string why, CancellationToken ct) => users.ChangeSecurityStampAsync(userId, why, ct);

    private async Task<UserChange> RequestAsync(HttpContext http, string kind, Guid? userId, string name, string? fromRole, string? toRole,
        Guid? partnerId, string? team, CancellationToken ct)
    {
        var request = await requests.AddAsync(kind, userId, name, fromRole, toRole, partnerId, team, NameOf(http), ct);
        await audit.RecordChangeAsync(http, "user.grant-requested", "role-request", request.Id.ToString(), Describe(request));
        return new UserChange(ChangeState.Pending, $"Het verzoek voor {name} wacht op de goedkeuring van een tweede coördinator.");
    }

    private async Task<UserChange> RefuseAsync(HttpContext http, Guid? userId, string detail, string role, string? message = null)
    {
        await audit.RecordChangeAsync(http, "user.grant-refused", "user", userId?.ToString(), detail);
        return new UserChange(ChangeState.Refused, message ?? $"U mag de rol {PortalRoles.Dutch(role)} niet toekennen of intrekken.");
    }

    private static string Describe(RoleRequest r) => $"{r.Kind}: {Describe(r.UserName, r.FromRole, r.ToRole, r.PartnerId, r.Team)}";

    private static string Describe(string name, string? from, string? to, Guid? partnerId, string? team) =>
        $"{name}{(from is null ? "" : " from " + from)}{(to is null ? (from is null ? "" : " removed") : " as " + to)}" +
        $"{(team is null ? "" : ", team " + team)}{(partnerId is null ? "" : ", partner " + partnerId)}";

    private static string RoleOf(HttpContext http) => http.User.FindFirstValue(ClaimTypes.Role) ?? "";

    private static string NameOf(HttpContext http) => http.User.Identity?.Name ?? "";

    private static bool IsSelf(HttpContext http, Guid userId) => http.User.FindFirstValue(PortalClaims.UserId) == userId.ToString();
}
