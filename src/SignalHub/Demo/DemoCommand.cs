using System.CommandLine;
using System.Text;
using Dapper;
using SignalHub.Cli;
using SignalHub.Domain.Addresses;
using SignalHub.Dispatch;
using SignalHub.Domain.Values;
using SignalHub.Hosting;
using SignalHub.Ingestion;
using SignalHub.Messaging;
using SignalHub.Outreach;
using SignalHub.Partners;
using SignalHub.Registers;
using SignalHub.Security.Encryption;
using SignalHub.Storage;

namespace SignalHub.Demo;

/// <summary>
/// <c>signalhub demo [--no-serve] [--urls ...]</c>: registers four partners, areas and known SDV clients,
/// imports last month and this month for each partner, waits until every signal is matched and dispatched,
/// replays a month of outreach on the cases (<see cref="DemoCaseWork"/>), then serves the portal. Running it again adds nothing: the same files are the same deliveries.
/// </summary>
internal static class DemoCommand
{
    private static readonly (string Name, string Type, string CostType)[] DemoPartners =
    [
        ("Woonstichting Duinrand", "housing", "rent"),
        ("Energie Noordkust", "energy", "energy"),
        ("Waterbedrijf Kennemerduin", "water", "water"),
        ("Zorgverzekeraar Zilverland", "health_insurer", "health_insurance"),
    ];

    public static Command Build()
    {
        var noServe = new Option<bool>("--no-serve") { Description = "Load the demo data and exit instead of serving the portal" };
        var json = SharedOptions.Json();
        var command = new Command("demo", "Load a synthetic demo month and serve the portal") { noServe, json };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, ct) =>
        {
            var days = DemoTimeline.Of(TimeProvider.System);
            var loaded = await CommandHost.RunAsync(parse, HostRoles.Processing, async (services, token) =>
            {
                var summary = await LoadAsync(services, days, token);
                if (parse.GetValue(json))
                    JsonOutput.Write(summary);
                else
                    Console.WriteLine($"Demo loaded: {summary.Deliveries} deliveries, {summary.Matches} matches, {summary.Cases} cases for {summary.Period}.");
                return ExitCodes.Ok;
            }, ct, builder => ReplayClock(builder, days));
            if (loaded != ExitCodes.Ok || parse.GetValue(noServe))
                return loaded;
            return await ServeCommand.RunAsync(parse, ct, app =>
                Console.WriteLine($"SignalHub serves the demo on {string.Join(", ", app.Urls)} (Ctrl+C stops it)."), DemoDdas.AddTo);
        });
        return command;
    }

    internal static async Task<DemoSummary> LoadAsync(IServiceProvider services, DemoTimeline days, CancellationToken ct)
    {
        var clock = services.GetRequiredService<DemoClock>();
        var thisMonth = Period.Of(DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime));
        var month = new DemoMonth(seed: 2026, households: 60);
        await SeedRoutingAsync(services.GetRequiredService<Database>(), services.GetRequiredService<FieldCipher>(), month, clock, ct);
        var partners = await RegisterPartnersAsync(services.GetRequiredService<PartnerStore>(), ct);
        var outreach = services.GetRequiredService<DemoOutreach>();

        clock.MoveTo(days.DaysAgo(DemoTimeline.LastMonthDelivered, 8));
        var deliveries = await DeliverAsync(services, month, partners, thisMonth.Previous(), i => i % 3 == 0, ct);
        await outreach.ReplayAsync(thisMonth.Previous(), days, DemoCaseWork.LastMonth, ct);
        clock.MoveTo(days.DaysAgo(DemoTimeline.ThisMonthDelivered, 8));
        deliveries += await DeliverAsync(services, month, partners, thisMonth, null, ct);
        await outreach.ReplayAsync(thisMonth, days, DemoCaseWork.ThisMonth, ct);
        clock.CatchUp();
        await services.GetRequiredService<Database>().InTransactionAsync((c, t) =>
            services.GetRequiredService<DeadlineMarking>().MarkAsync(c, t, null, ct), ct);
        await Security.Accounts.DemoAccounts.EnsureAsync(services, ct);

        var counts = await services.GetRequiredService<Database>().ReadAsync(c => c.QuerySingleAsync<(long, long)>(new CommandDefinition(
            "SELECT (SELECT COUNT(*) FROM matches WHERE period = @P), (SELECT COUNT(*) FROM cases WHERE period = @P)", new { P = thisMonth.ToString() }, cancellationToken: ct)), ct);
        return new DemoSummary(thisMonth.ToString(), deliveries, (int)counts.Item1, (int)counts.Item2);
    }

    private static async Task<List<(Partner Partner, string Type, string CostType)>> RegisterPartnersAsync(PartnerStore partners, CancellationToken ct)
    {
        var registered = new List<(Partner, string, string)>();
        foreach (var (name, type, costType) in DemoPartners)
            registered.Add((await partners.FindByNameAsync(name, ct)
                ?? (await partners.AddAsync(PartnerCommands.Validate(name, type, null, $"Contactpersoon {name}", null), ct)).Partner, type, costType));
        return registered;
    }

    /// <summary>Each partner's file of the month, one after the other, each waited for until matched and dispatched.</summary>
    private static async Task<int> DeliverAsync(IServiceProvider services, DemoMonth month, List<(Partner Partner, string Type, string CostType)> partners,
        Period period, Func<int, bool>? subset, CancellationToken ct)
    {
        var intake = services.GetRequiredService<DeliveryIntake>();
        var receipts = services.GetRequiredService<ReceiptQuery>();
        foreach (var (partner, type, costType) in partners)
        {
            var file = month.FileFor(costType, period, dutchHeaders: type == "housing", subset);
            await using var content = new MemoryStream(Encoding.UTF8.GetBytes(file));
            var result = await intake.AcceptAsync(partner.Id, period, content, $"{costType}-{period}.csv", "demo", ct);
            await receipts.WaitUntilFinalAsync(result.DeliveryId!.Value, TimeSpan.FromMinutes(2), ct);
            await services.GetRequiredService<PipelineProgress>().WaitUntilIdleAsync(TimeSpan.FromMinutes(2), ct);
        }
        return partners.Count;
    }

    /// <summary>The loading host runs on a clock that starts before last month's deliveries and replays the month.</summary>
    internal static void ReplayClock(IHostApplicationBuilder builder, DemoTimeline days)
    {
        builder.Services.AddSingleton(new DemoClock(days.DaysAgo(DemoTimeline.LastMonthDelivered + 1, 8)));
        builder.Services.AddSingleton<TimeProvider>(services => services.GetRequiredService<DemoClock>());
        builder.Services.AddSingleton<DemoOutreach>();
    }

    /// <summary>Two wijkteams cover most postcodes (<see cref="DemoTeams"/>); some households are SDV clients.</summary>
    private static Task SeedRoutingAsync(Database database, FieldCipher cipher, DemoMonth month, TimeProvider clock, CancellationToken ct) =>
        database.InTransactionAsync(async (c, t) =>
        {
            if (await c.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM areas", transaction: t, cancellationToken: ct)) > 0)
                return;
            foreach (var (from, to, team) in DemoTeams.Areas)
                await c.ExecuteAsync(new CommandDefinition("INSERT INTO areas (id, postcode_from, postcode_to, team) VALUES (@Id, @From, @To, @Team)",
                    new { Id = Guid.CreateVersion7(), From = from, To = to, Team = team }, t, cancellationToken: ct));
            foreach (var (h, i) in month.Households.Select((h, i) => (h, i)).Where(x => x.i % 7 == 3))
            {
                var address = AddressNormalizer.Normalize(new AddressInput(null, h.Number + h.Letter, null, null, h.Postcode)).Address!.Value;
                await database.Dialect.BulkInsertAsync(c, t, SdvClientsRegister.Rows,
                    [SdvClientsRegister.Row(cipher, $"SDV-{1000 + i}", h.Surname, h.BirthDate, address.Key, "Consulent Demo", clock.GetUtcNow().UtcDateTime)], ct);
            }
        }, ct);

    internal sealed record DemoSummary(string Period, int Deliveries, int Matches, int Cases);
}
