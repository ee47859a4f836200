using System.CommandLine;
using Microsoft.Extensions.Options;
using SignalHub.Cli;
using SignalHub.Domain.Vocabulary;
using SignalHub.Hosting;

namespace SignalHub.Partners;

/// <summary>
/// <c>signalhub partner add --name NAME --type housing|energy|water|health_insurer [--json]</c>, <c>partner list</c>
/// and <c>partner key --name NAME [--json]</c>.
/// </summary>
internal static class PartnerCommands
{
    public static Command Build()
    {
        var partner = new Command("partner", "Register and list partners");
        partner.Subcommands.Add(BuildAdd());
        partner.Subcommands.Add(BuildList());
        partner.Subcommands.Add(BuildKey());
        return partner;
    }

    private static Command BuildAdd()
    {
        var name = new Option<string>("--name") { Description = "The partner's name, unique", Required = true };
        var type = new Option<string>("--type") { Description = "housing, energy, water or health_insurer (or another creditor type)", Required = true };
        var costTypes = new Option<string?>("--cost-types") { Description = "Comma-separated cost types it may send (default: those of its type)" };
        var contactName = new Option<string?>("--contact-name") { Description = "The fixed contact person at the partner" };
        var contactEmail = new Option<string?>("--contact-email") { Description = "The contact person's e-mail address" };
        var json = SharedOptions.Json();
        var command = new Command("add", "Register a partner and print its first API key (shown once)") { name, type, costTypes, contactName, contactEmail, json };
        command.SetAction((parse, ct) => CommandHost.RunAsync(parse, HostRoles.None, async (services, token) =>
        {
            var request = Validate(parse.GetValue(name)!, parse.GetValue(type)!, parse.GetValue(costTypes), parse.GetValue(contactName), parse.GetValue(contactEmail));
            if (PartnerTypes.TryParse(request.Type, out var partnerType, out _)
                && !services.GetRequiredService<IOptions<PartnerTypeOptions>>().Value.Allows(partnerType))
                throw new CommandException($"--type: '{request.Type}' is a creditor of the experiments, not enabled here: list it in Partners:ExperimentTypes",
                    ExitCodes.Configuration);
            try
            {
                var (added, apiKey) = await services.GetRequiredService<PartnerStore>().AddAsync(request, token);
                if (parse.GetValue(json))
                    JsonOutput.Write(new { id = added.Id, name = added.Name, type = added.Type, costTypes = request.CostTypes, apiKey });
                else
                    Console.WriteLine($"Partner '{added.Name}' registered ({added.Type}: {added.CostTypes}).\nAPI key (shown once, store it safely): {apiKey}");
                return ExitCodes.Ok;
            }
            catch (DuplicatePartnerException e)
            {
                throw new CommandException(e.Message);
            }
        }, ct));
        return command;
    }

    private static Command BuildList()
    {
        var json = SharedOptions.Json();
        var command = new Command("list", "List the registered partners") { json };
        command.SetAction((parse, ct) => CommandHost.RunAsync(parse, HostRoles.None, async (services, token) =>
        {
            var partners = await services.GetRequiredService<PartnerStore>().ListAsync(token);
            if (parse.GetValue(json))
                JsonOutput.Write(partners.Select(p => new { id = p.Id, name = p.Name, type = p.Type, costTypes = p.CostTypes.Split(',') }));
            else
                foreach (var p in partners)
                    Console.WriteLine($"{p.Name}\t{p.Type}\t{p.CostTypes}");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    // The way back for a partner that revoked its last key through the API.
    private static Command BuildKey()
    {
        var name = new Option<string>("--name") { Description = "The partner's name", Required = true };
        var json = SharedOptions.Json();
        var command = new Command("key", "Create another API key for a partner and print it (shown once)") { name, json };
        command.SetAction((parse, ct) => CommandHost.RunAsync(parse, HostRoles.None, async (services, token) =>
        {
            var partners = services.GetRequiredService<PartnerStore>();
            var partner = await partners.FindByNameAsync(parse.GetValue(name)!, token)
                ?? throw new CommandException($"no partner named '{parse.GetValue(name)}'");
            var key = await partners.CreateKeyAsync(partner.Id, token);
            if (parse.GetValue(json))
                JsonOutput.Write(new { id = key.Id, partner = partner.Name, apiKey = key.ApiKey, prefix = key.Prefix, createdAt = key.CreatedAt });
            else
                Console.WriteLine($"API key for '{partner.Name}' (shown once, store it safely): {key.ApiKey}");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    internal static NewPartner Validate(string name, string type, string? costTypes, string? contactName, string? contactEmail)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200)
            throw new CommandException("--name must be 1 to 200 characters", ExitCodes.Configuration);
        if (!PartnerTypes.TryParse(type, out var partnerType, out var error))
            throw new CommandException($"--type: {error}", ExitCodes.Configuration);
        var allowed = new List<string>();
        if (string.IsNullOrWhiteSpace(costTypes))
            allowed.AddRange(partnerType.DefaultCostTypes().Select(c => c.ToCode()));
        else
            foreach (var raw in costTypes.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                allowed.Add(CostTypes.TryParse(raw, out var cost, out var costError)
                    ? cost.ToCode()
                    : throw new CommandException($"--cost-types: {costError}", ExitCodes.Configuration));
        return new NewPartner(name.Trim(), partnerType.ToCode(), allowed.Distinct().ToList(), contactName, contactEmail);
    }
}
