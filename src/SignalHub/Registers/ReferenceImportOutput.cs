using System.CommandLine;
using SignalHub.Cli;
using SignalHub.Hosting;

namespace SignalHub.Matching.AddressRegister;

/// <summary><c>signalhub addresses import FILE [--json]</c>: load the municipality's BAG addresses.</summary>
internal static class AddressesCommand
{
    public static Command Build()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "CSV of nummeraanduidingen: id, postcode, house_number, house_letter, house_number_addition, street, town" };
        var json = SharedOptions.Json();
        var import = new Command("import", "Replace the BAG address register and re-check every match's address") { file, json };
        import.SetAction((parse, ct) => CommandHost.RunAsync(parse, HostRoles.None, async (services, token) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
                throw new CommandException($"{path.FullName}: no such file", ExitCodes.Configuration);
            await using var content = path.OpenRead();
            var result = await services.GetRequiredService<AddressRegisterImport>().ImportAsync(content, token);
            ReferenceImportOutput.Write(result, parse.GetValue(json), "addresses");
            return result.Error is null ? ExitCodes.Ok : ExitCodes.Failed;
        }, ct));
        return new Command("addresses", "The municipality's BAG address register") { import };
    }
}

internal static class ReferenceImportOutput
{
    public static void Write(ReferenceImportResult result, bool json, string what)
    {
        if (json)
        {
            JsonOutput.Write(result);
            return;
        }
        if (result.Error is not null)
        {
            Console.Error.WriteLine($"signalhub: refused: {result.Error}");
            return;
        }
        Console.WriteLine($"{result.RowsImported} {what} imported, {result.RowsRejected} rejected of {result.RowsRead} rows");
        foreach (var error in result.Errors)
            Console.WriteLine($"Line {error.Line}{(error.Column is null ? "" : $", {error.Column}")}: {error.Reason}");
    }
}
