using System.Globalization;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Quartz;
using SignalHub.Demo;
using SignalHub.Domain.Outreach;
using SignalHub.Domain.Values;
using SignalHub.Domain.Vocabulary;
using SignalHub.Outreach;
using SignalHub.Storage;
using SignalHub.Tests.Fixtures;

namespace SignalHub.Browser.Tests.Outreach;

/// <summary>
/// October and November 2026 of the demo's made-up households, on the test's clock: October's cases are worked and
/// closed but one, where help started (aftercare after one month); November reports those twenty households again
/// (recidivists for the budget coach) and ten new ones (for the wijkteams). The clock ends on Monday 9 November, when October's aftercare is due.
/// </summary>
internal static class TwoMonthsOfOutreach
{
    private static readonly (string Name, string Type, string CostType)[] Partners =
    [
        ("Woonstichting Voorbeeld", "housing", "rent"),
        ("Energie Voorbeeld", "energy", "energy"),
        ("Zorgverzekeraar Voorbeeld", "health_insurer", "health_insurance"),
    ];

    public static async Task<SignalHubStack> StartAsync()
    {
        var clock = new FakeTimeProvider(Amsterdam("2026-10-05 09:00"));
        var stack = await SignalHubStack.StartAsync(StackKind.SqliteInMemory,
            new Dictionary<string, string?> { ["Outreach:AftercareMonths:0"] = "1" },
            b => b.Services.AddSingleton<TimeProvider>(clock));
        await stack.Services.GetRequiredKeyedService<IScheduler>("signalhub").PauseAll();
        await stack.AddAreaAsync("2011AA", "2013ZZ", "Wijkteam Noord");
        await stack.AddAreaAsync("2014AA", "2015ZZ", "Wijkteam Zuid");
        var month = new DemoMonth(seed: 2026, households: 30);
        var keys = new List<(string Key, string CostType, bool Dutch)>();
        foreach (var (name, type, costType) in Partners)
            keys.Add(((await stack.RegisterAsync(name, type)).ApiKey, costType, type == "housing"));

        await DeliverAsync(stack, month, keys, new Period(2026, 10), household => household < 20);
        clock.SetUtcNow(Amsterdam("2026-10-06 10:00"));
        var work = stack.Get<CaseWork>();
        var october = await CasesAsync(stack, "2026-10");
        await work.RecordAttemptAsync(october[0], new AttemptInput(ContactKind.HomeVisit, Amsterdam("2026-10-06 09:30"), true, ["Anouk de Lange"]),
            "Anouk de Lange", CancellationToken.None);
        await work.ChangeStatusAsync(october[0], CaseStage.HelpAccepted, "Anouk de Lange", CancellationToken.None);
        foreach (var id in october.Skip(1))
            await work.CloseAsync(id, new ClosingInput(CaseResult.PaidOrArrangedThemselves), "Anouk de Lange", CancellationToken.None);

        clock.SetUtcNow(Amsterdam("2026-11-03 09:00"));
        await DeliverAsync(stack, month, keys, new Period(2026, 11), _ => true);
        clock.SetUtcNow(Amsterdam("2026-11-09 10:00"));
        return stack;
    }

    /// <summary>A November case of a wijkteam, with one call on it, for the case page.</summary>
    public static async Task<Guid> WorkedCaseAsync(SignalHubStack stack)
    {
        var id = (await stack.Get<Database>().ReadAsync(c => c.QueryAsync<string>(
            "SELECT id FROM cases WHERE period = '2026-11' AND route = 'wijkteam' ORDER BY id"), CancellationToken.None)).Select(Guid.Parse).First();
        await stack.Get<CaseWork>().RecordAttemptAsync(id, new AttemptInput(ContactKind.Phone, Amsterdam("2026-11-04 11:00"), false, ["Anouk de Lange"]),
            "Anouk de Lange", CancellationToken.None);
        return id;
    }

    private static async Task DeliverAsync(SignalHubStack stack, DemoMonth month, List<(string Key, string CostType, bool Dutch)> keys, Period period,
        Func<int, bool> households)
    {
        foreach (var (key, costType, dutch) in keys)
            await stack.UploadAsync(key, period.ToString(), month.FileFor(costType, period, dutchHeaders: dutch, households));
    }

    private static async Task<List<Guid>> CasesAsync(SignalHubStack stack, string period) =>
        [.. (await stack.Get<Database>().ReadAsync(c => c.QueryAsync<string>(
            "SELECT id FROM cases WHERE period = @Period ORDER BY id", new { Period = period }), CancellationToken.None)).Select(Guid.Parse)];

    private static DateTimeOffset Amsterdam(string local) =>
        AmsterdamTime.FromLocal(DateTime.ParseExact(local, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
}
