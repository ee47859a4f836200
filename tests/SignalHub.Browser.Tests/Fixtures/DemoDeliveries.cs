using SignalHub.Demo;
using SignalHub.Ingestion;
using SignalHub.Tests.Fixtures;

namespace SignalHub.Browser.Tests.Fixtures;

/// <summary>
/// A month of made-up deliveries from four partners (the demo's generator), so pages hold enough rows to be worth
/// checking and showing; each file has one bad row.
/// </summary>
public static class DemoDeliveries
{
    private static readonly (string Name, string Type, string CostType)[] Partners =
    [
        ("Woonstichting Voorbeeld", "housing", "rent"),
        ("Energie Voorbeeld", "energy", "energy"),
        ("Waterbedrijf Voorbeeld", "water", "water"),
        ("Zorgverzekeraar Voorbeeld", "health_insurer", "health_insurance"),
    ];

    /// <summary>Delivers this month for every partner and returns the receipts, by partner name.</summary>
    public static async Task<IReadOnlyDictionary<string, Receipt>> DeliverAsync(SignalHubStack stack, int households = 40)
    {
        await stack.AddAreaAsync("2011AA", "2013ZZ", "Wijkteam Noord");
        await stack.AddAreaAsync("2014AA", "2015ZZ", "Wijkteam Zuid");
        var month = new DemoMonth(seed: 2026, households);
        var receipts = new Dictionary<string, Receipt>();
        foreach (var (name, type, costType) in Partners)
        {
            var key = (await stack.RegisterAsync(name, type)).ApiKey;
            receipts[name] = await stack.UploadAsync(key, ThisMonth.Period.ToString(), month.FileFor(costType, ThisMonth.Period, dutchHeaders: type == "housing"));
        }
        return receipts;
    }
}
