using System.CommandLine;
using SignalHub.Cli;
using SignalHub.Hosting;

namespace SignalHub.Registers;

/// <summary>
/// <c>signalhub areas import FILE [--json]</c>, <c>signalhub sdv-clients import FILE [--json]</c> and
/// <c>signalhub addresses import FILE [--json]</c>: one command per register, all through <see cref="RegisterImport"/>.
/// Exit 0 when the list was replaced (also with rejected lines), 1 when the file was refused whole.
/// </summary>
internal static class RegisterCommands
{
    public static Command BuildAreas() => Build<AreasRegister>("areas", "The wijkteams' postcode areas", "areas",
        "CSV of postcode_from, postcode_to (PC4 like 1011 or PC6 like 1011AB) and team",
        "Replace the wijkteam areas; overlapping ranges are allowed, the narrowest wins");

    public static Command BuildSdvClients() => Build<SdvClientsRegister>("sdv-clients", "The debt-service (SDV) client list", "SDV clients",
        "CSV of case_reference, surname, birth_date, postcode, house_number, house_letter, house_number_addition, caseworker (Dutch names accepted)",
        "Replace the SDV client list that routing checks every match against");

    public static Command BuildAddresses() => Build<AddressRegister>("addresses", "The municipality's BAG address register", "addresses",
        "CSV of nummeraanduidingen: id, postcode, house_number, house_letter, house_number_addition, street, town",
        "Replace the BAG address register and re-check every match's address");

    /// <param name="what">What the plain output counts: "12 areas imported".</param>
    private static Command Build<TRegister>(string name, string description, string what, string fileDescription, string importDescription)
        where TRegister : Register
    {
        var file = new Argument<FileInfo>("FILE") { Description = fileDescription };
        var json = SharedOptions.Json();
        var command = new Command("import", importDescription) { file, json };
        command.SetAction((parse, ct) => CommandHost.RunAsync(parse, HostRoles.None, async (services, token) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
                throw new CommandException($"{path.FullName}: no such file", ExitCodes.Configuration);
            await using var content = path.OpenRead();
            var result = await services.GetRequiredService<TRegister>().ImportAsync(content, token);
            ReferenceImportOutput.Write(result, parse.GetValue(json), what);
            return result.Error is null ? ExitCodes.Ok : ExitCodes.Failed;
        }, ct));
        return new Command(name, description) { command };
    }
}
