using SignalHub.Tests.Fixtures;
using static SignalHub.Tests.Fixtures.PartnerFiles;

namespace SignalHub.Tests.Dispatch.Portal;

/// <summary>
/// October for the triage pages: a likely and a possible SDV hit at 2011AB, two doors no team covers (2016XY), a
/// scheduled eviction in Zuid, energy arrears in Noord, and a recidivist whose May case was closed. Names are made up.
/// </summary>
public static class TriageScenario
{
    public const string October = "2026-10";

    public static async Task LoadAsync(SignalHubStack stack)
    {
        await stack.ImportAreasAsync();
        await stack.ImportSdvClientsAsync(
            "SDV-13;Koster;12-03-1978;2011AB;26;;;Consulent Koster",
            "SDV-14;Brouwer;;2011AB;28;;;Consulent Brouwer");
        var housing = (await stack.RegisterAsync("Woonstichting Triage", "housing")).ApiKey;
        var energy = (await stack.RegisterAsync("Energie Triage", "energy")).ApiKey;
        await stack.UploadAsync(housing, "2026-05", Csv(Row("R-5", "huur", "Dekker", "5", "2012AA", amount: "300,00")));
        await stack.CloseCaseAsync("2026-05", "2012AA", 5, new DateTime(2026, 5, 28, 12, 0, 0, DateTimeKind.Utc));
        var rent = await stack.UploadAsync(housing, October, Csv(
            Row("R-26", "huur", "Koster", "26", "2011AB"),
            Row("R-28", "huur", "Maas", "28", "2011AB"),
            Row("R-9", "huur", "Prins", "9", "2016XY"),
            Row("R-11", "huur", "Claes", "11", "2016XY"),
            Row("R-13", "huur", "Mulder", "13", "2016XY"),
            Row("R-40", "huur", "Kok", "40", "2014AA", stage: "eviction_scheduled", stageDate: "2026-11-20"),
            Row("R-5", "huur", "Dekker", "5", "2012AA", amount: "320,00")));
        var power = await stack.UploadAsync(energy, October, Csv(Row("E-30", "energie", "Visser", "30", "2012AA")));
        Assert.That(rent.RowsRejected + power.RowsRejected, Is.Zero);
    }

    /// <summary>The doors whose match the triage page links to, of those asked about.</summary>
    public static async Task<IReadOnlyList<string>> DoorsListedAsync(SignalHubStack stack, string html, params (string Postcode, int Number)[] doors)
    {
        var listed = new List<string>();
        foreach (var (postcode, number) in doors)
            if (html.Contains($"href=\"/triage/{await stack.MatchIdAsync(October, postcode, number)}\"", StringComparison.Ordinal))
                listed.Add($"{postcode} {number}");
        return listed;
    }

    public static readonly (string, int)[] AllDoors =
        [("2011AB", 26), ("2011AB", 28), ("2016XY", 9), ("2016XY", 11), ("2016XY", 13), ("2014AA", 40), ("2012AA", 5), ("2012AA", 30)];
}
