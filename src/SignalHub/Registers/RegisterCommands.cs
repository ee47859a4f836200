using System.CommandLine;
using SignalHub.Cli;
using SignalHub.Hosting;
using SignalHub.Matching.AddressRegister;

namespace SignalHub.Dispatch;

/// <summary>
/// <c>signalhub areas import FILE [--json]</c> and <c>signalhub sdv-clients import FILE [--json]</c>: the two lists
/// routing reads. Exit 0 when the list was replaced (also with rejected lines), 1 when the file was refused whole.
/// </summary>
internal static class ReferenceListCommands
{
    public static Command BuildAreas() => Build("areas", "The wijkteams' postcode areas", "areas",
        "CSV of postcode_from, postcode_to (PC4 like 1011 or PC6 like 1011AB) and team",
        "Replace the wijkteam areas; overlapping ranges are allowed, the narrowest wins",
        (services, file, ct) => services.GetRequiredService<AreasImport>().ImportAsync(file, ct));

    public static Command BuildSdvClients() => Build("sdv-clients", "The debt-service (SDV) client list", "SDV clients",
        "CSV of case_reference, surname, birth_date, postcode, house_number, house_letter, house_number_addition, caseworker (Dutch names accepted)",
        "Replace the SDV client list that routing checks every match against",
        (services, file, ct) => services.GetRequiredService<SdvClientsImport>().ImportAsync(file, ct));

    private static Command Build(string name, string description, string what, string fileDescription, string importDescription,
        Func<IServiceProvider, Stream, CancellationToken, Task<ReferenceImportResult>> import)
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
            var result = await import(services, content, token);
            ReferenceImportOutput.Write(result, parse.GetValue(json), what);
            return result.Error is null ? ExitCodes.Ok : ExitCodes.Failed;
        }, ct));
        return new Command(name, description) { command };
    }
}
