using Microsoft.Extensions.Configuration.Memory;

namespace SignalHub.Demo;

/// <summary>
/// A made-up DDAS delivery for the demo, so the DDAS download on /rapportage works out of the box. Added above the
/// settings files (whose empty defaults would hide it) and beneath the environment and command line, where an
/// operator's own <c>Export:Ddas</c> settings still win.
/// </summary>
public static class DemoDdas
{
    public static IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Export:Ddas:MunicipalityCode"] = "0999",
        ["Export:Ddas:SupplierCode"] = "SIGNALHUB-DEMO",
        ["Export:Ddas:OrganisationName"] = "Gemeente Duinrand (demo)",
        ["Export:Ddas:ContactPersons:0:Name"] = "D. Democoördinator",
        ["Export:Ddas:ContactPersons:0:Email"] = "vroegsignalering@duinrand.example",
        ["Export:Ddas:ContactPersons:0:Phone"] = "023-0000000",
        ["Export:Ddas:ContactPersons:0:JobTitle"] = "Coördinator vroegsignalering",
    };

    public static void AddTo(IHostApplicationBuilder builder)
    {
        var sources = builder.Configuration.Sources;
        var afterFiles = sources.Any(s => s is FileConfigurationSource) ? sources.IndexOf(sources.Last(s => s is FileConfigurationSource)) + 1 : 0;
        sources.Insert(afterFiles, new MemoryConfigurationSource { InitialData = Settings });
    }
}
