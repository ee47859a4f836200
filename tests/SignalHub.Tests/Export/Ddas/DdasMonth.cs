using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Quartz;
using SignalHub.Domain.Vocabulary;
using SignalHub.Export.Ddas;
using SignalHub.Outreach;
using SignalHub.Tests.Fixtures;
using SignalHub.Tests.Outreach;
using static SignalHub.Tests.Fixtures.PartnerFiles;

namespace SignalHub.Tests.Export.Ddas;

/// <summary>
/// November 2026 in Spaarndam-Oost, built through the real pipeline: a housing corporation reports seventeen doors
/// on Monday the 2nd, an energy company one of them again. Door 17 owes too little to be picked up; doors 1 to 15
/// close that week with each of the standard's fifteen results in turn; door 16 stays open. Between them the workers
/// use every contact kind on every day-part. Names and addresses are made up.
/// </summary>
internal static class DdasMonth
{
    public const string Postcode = "2501AB";
    public const int Doors = 17;
    public const int NotPickedUpDoor = 17;
    public const int OpenDoor = 16;
    public static readonly DateOnly From = new(2026, 11, 1);
    public static readonly DateOnly To = new(2026, 11, 30);

    /// <summary>Export settings for a made-up municipality, as an operator sets them.</summary>
    public static readonly IReadOnlyDictionary<string, string?> Settings = new Dictionary<string, string?>
    {
        ["Export:Ddas:MunicipalityCode"] = "0999",
        ["Export:Ddas:SupplierCode"] = "SIGNALHUB-TEST",
        ["Export:Ddas:OrganisationName"] = "Gemeente Spaarndam-Oost",
        ["Export:Ddas:ChamberOfCommerceNumber"] = "12345678",
        ["Export:Ddas:ContactPersons:0:Name"] = "T. Testcoördinator",
        ["Export:Ddas:ContactPersons:0:Email"] = "vroegsignalering@spaarndam-oost.example",
        ["Export:Ddas:ContactPersons:0:Phone"] = "023-0000000",
        ["Export:Ddas:ContactPersons:0:JobTitle"] = "Coördinator vroegsignalering",
    };

    /// <summary>The door that may close as not reached: two visits at different moments and two calls, never reached.</summary>
    private static readonly string[] NotReachedAttempts =
    [
        "Huisbezoek 2026-11-03 09:30 niet", "Huisbezoek 2026-11-04 19:30 niet", "Telefoon 2026-11-03 14:00 niet", "Telefoon 2026-11-05 10:00 niet",
    ];

    private static readonly string[] OtherAttempts =
    [
        "Mail 2026-11-03 08:15 niet", "Brief 2026-11-03 13:00 niet", "SMS/Whatsapp 2026-11-03 18:30 bereikt", "Kaartje 2026-11-04 11:00 niet",
        "Administratief 2026-11-04 15:00 niet", "Overige 2026-11-04 20:00 bereikt", "Telefoon 2026-11-05 12:30 bereikt",
    ];

    public static async Task<(SignalHubStack Stack, int Attempts)> BuildAsync(StackKind kind)
    {
        var clock = new FakeTimeProvider(OutreachStack.Amsterdam("2026-11-02 09:00"));
        var stack = await SignalHubStack.StartAsync(kind, new Dictionary<string, string?>(Settings),
            builder => builder.Services.AddSingleton<TimeProvider>(clock));
        await stack.Services.GetRequiredKeyedService<IScheduler>("signalhub").PauseAll();
        await stack.AddAreaAsync("2501AA", "2501ZZ", "Wijkteam Zuid");
        var (_, housing) = await stack.RegisterAsync("Woonstichting Duinrand", "housing");
        var (_, energy) = await stack.RegisterAsync("Energie Noordkust", "energy");
        await stack.UploadAsync(housing, "2026-11", Csv([.. Enumerable.Range(1, Doors).Select(n =>
            Row($"W-{n}", "huur", $"Huurder{n}", $"{n}", Postcode, amount: n == NotPickedUpDoor ? "20,00" : $"{400 + n},50"))]));
        await stack.UploadAsync(energy, "2026-11", Csv(Row("E-1", "energie", "Huurder1", "1", Postcode, amount: "180,49")));
        clock.SetUtcNow(OutreachStack.Amsterdam("2026-11-06 21:00"));
        return (stack, await WorkTheCasesAsync(stack));
    }

    private static async Task<int> WorkTheCasesAsync(SignalHubStack stack)
    {
        var attempts = 0;
        var others = new Queue<string>(OtherAttempts);
        foreach (var (result, door) in CaseResults.All.Select((r, i) => (r, i + 1)))
        {
            var id = await stack.CaseAtAsync(Postcode, door);
            string[] said = result == CaseResult.NoContactPossible ? NotReachedAttempts : others.TryDequeue(out var next) ? [next] : [];
            foreach (var attempt in said)
                await stack.RecordAsync(id, attempt);
            attempts += said.Length;
            var closed = await stack.Work().CloseAsync(id, new ClosingInput(result), "Sanne Veldwerker", CancellationToken.None);
            Assert.That(closed.Refusal, Is.Null, $"closing door {door} as {result.ToCode()}: {closed.Refusal?.Message}");
        }
        await stack.RecordAsync(await stack.CaseAtAsync(Postcode, OpenDoor), "Huisbezoek 2026-11-05 16:00 bereikt");
        return attempts + 1;
    }

    public static async Task<string> ExportAsync(this SignalHubStack stack, DateOnly from, DateOnly to)
    {
        using var output = new MemoryStream();
        await stack.Get<DdasExporter>().WriteAsync(output, from, to, CancellationToken.None);
        return System.Text.Encoding.UTF8.GetString(output.ToArray());
    }
}
