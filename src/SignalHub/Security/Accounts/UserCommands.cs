using System.CommandLine;
using System.Security.Cryptography;
using SignalHub.Cli;
using SignalHub.Hosting;
using SignalHub.Partners;

namespace SignalHub.Security.Accounts;

/// <summary>
/// <c>signalhub user add --name NAME --role ROLE [--partner NAME] [--team TEAM] [--password-stdin] [--json]</c>,
/// <c>user list [--json]</c>, <c>user reset-totp --name NAME</c> and <c>user end-sessions</c> (<see cref="Sessions.EndSessionsCommand"/>).
/// </summary>
internal static class UserCommands
{
    public static Command Build()
    {
        var user = new Command("user", "Portal accounts: add, list, reset the second factor, end sessions");
        user.Subcommands.Add(BuildAdd());
        user.Subcommands.Add(BuildList());
        user.Subcommands.Add(BuildResetTotp());
        user.Subcommands.Add(Sessions.EndSessionsCommand.Build());
        return user;
    }

    private static Command BuildAdd()
    {
        var name = new Option<string>("--name") { Description = "The user name, unique", Required = true };
        var role = new Option<string>("--role") { Description = string.Join(", ", PortalRoles.All), Required = true };
        var partner = new Option<string?>("--partner") { Description = "For role partner: the partner organisation's name" };
        var team = new Option<string?>("--team") { Description = "For role wijkteam: the team's name" };
        var stdin = new Option<bool>("--password-stdin") { Description = "Read the password from standard input instead of generating one" };
        var json = SharedOptions.Json();
        var command = new Command("add", "Add a portal user; prints a one-time password unless --password-stdin") { name, role, partner, team, stdin, json };
        command.SetAction((parse, ct) => CommandHost.RunAsync(parse, HostRoles.None, async (services, token) =>
        {
            var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<AccountOptions>>().Value;
            var generated = !parse.GetValue(stdin);
            var password = generated ? NewPassword() : (await Console.In.ReadLineAsync(token))?.TrimEnd('\r', '\n') ?? "";
            if (password.Length < options.MinimumPasswordLength)
                throw new CommandException($"the password must be at least {options.MinimumPasswordLength} characters", ExitCodes.Configuration);
            var request = await ValidateAsync(services.GetRequiredService<PartnerStore>(), parse.GetValue(name)!, parse.GetValue(role)!,
                parse.GetValue(partner), parse.GetValue(team), password, token);
            try
            {
                var added = await services.GetRequiredService<UserStore>().AddAsync(request, token);
                // The operator's way past the role-grant table: on the audit chain like a grant in the portal.
                await services.GetRequiredService<Audit.AuditLog>().RecordAsync(Audit.AuditCommands.CliActor, "user.add", "user", added.Id.ToString(),
                    $"{added.Name} as {added.Role}{(added.Team is null ? "" : ", team " + added.Team)}{(added.PartnerId is null ? "" : ", partner " + added.PartnerId)}",
                    null, token);
                if (parse.GetValue(json))
                    JsonOutput.Write(new { id = added.Id, name = added.Name, role = added.Role, partnerId = added.PartnerId, team = added.Team,
                        password = generated ? password : null });
                else
                    Console.WriteLine($"User '{added.Name}' added ({added.Role}). It enrols an authenticator app at its first sign-in." +
                        (generated ? $"\nPassword (shown once, hand it over safely): {password}" : ""));
                return ExitCodes.Ok;
            }
            catch (DuplicateUserException e)
            {
                throw new CommandException(e.Message);
            }
        }, ct));
        return command;
    }

    private static Command BuildList()
    {
        var json = SharedOptions.Json();
        var command = new Command("list", "List the portal users (never their passwords or secrets)") { json };
        command.SetAction((parse, ct) => CommandHost.RunAsync(parse, HostRoles.None, async (services, token) =>
        {
            var users = await services.GetRequiredService<UserStore>().ListAsync(token);
            if (parse.GetValue(json))
                JsonOutput.Write(users.Select(u => new { id = u.Id, name = u.Name, role = u.Role, partnerId = u.PartnerId, team = u.Team,
                    totpEnrolled = u.TotpConfirmed, lockedUntil = u.LockedUntil, lastSignInAt = u.LastSignInAt }));
            else
                foreach (var u in users)
                    Console.WriteLine($"{u.Name}\t{u.Role}\t{u.Team ?? u.PartnerId?.ToString() ?? "-"}\t{(u.TotpConfirmed ? "totp" : "totp not enrolled")}");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    private static Command BuildResetTotp()
    {
        var name = new Option<string>("--name") { Description = "The user name", Required = true };
        var command = new Command("reset-totp", "Forget a user's authenticator app (a lost phone); the user enrols a new one at the next sign-in") { name };
        command.SetAction((parse, ct) => CommandHost.RunAsync(parse, HostRoles.None, async (services, token) =>
        {
            var users = services.GetRequiredService<UserStore>();
            var user = await users.FindByNameAsync(parse.GetValue(name)!, token) ?? throw new CommandException($"no user named '{parse.GetValue(name)}'");
            await users.ResetTotpAsync(user.Id, token);
            Console.WriteLine($"The second factor of '{user.Name}' is reset; it enrols a new authenticator app at its next sign-in.");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    internal static async Task<NewUser> ValidateAsync(PartnerStore partners, string name, string role, string? partner, string? team, string password,
        CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200)
            throw new CommandException("--name must be 1 to 200 characters", ExitCodes.Configuration);
        if (!PortalRoles.IsKnown(role))
            throw new CommandException($"--role must be one of {string.Join(", ", PortalRoles.All)}", ExitCodes.Configuration);
        Guid? partnerId = null;
        if (role == PortalRoles.Partner)
            partnerId = (string.IsNullOrWhiteSpace(partner)
                ? throw new CommandException("--partner is required for role partner", ExitCodes.Configuration)
                : await partners.FindByNameAsync(partner, ct) ?? throw new CommandException($"no partner named '{partner}'", ExitCodes.Configuration)).Id;
        else if (partner is not null)
            throw new CommandException("--partner is only for role partner", ExitCodes.Configuration);
        if (role == PortalRoles.Wijkteam && string.IsNullOrWhiteSpace(team))
            throw new CommandException("--team is required for role wijkteam", ExitCodes.Configuration);
        if (role != PortalRoles.Wijkteam && team is not null)
            throw new CommandException("--team is only for role wijkteam", ExitCodes.Configuration);
        return new NewUser(name.Trim(), role, partnerId, team?.Trim(), password);
    }

    /// <summary>A one-time password of 20 random characters from an alphabet without look-alikes.</summary>
    internal static string NewPassword() => RandomNumberGenerator.GetString("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 20);
}
