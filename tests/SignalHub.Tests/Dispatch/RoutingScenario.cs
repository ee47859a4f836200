using System.Text;
using Dapper;
using SignalHub.Dispatch;
using SignalHub.Registers;
using SignalHub.Storage;
using SignalHub.Tests.Fixtures;

namespace SignalHub.Tests.Dispatch;

/// <summary>What the routing scenarios do to a stack: load the reference lists, close a case as outreach will, find a door's case.</summary>
public static class RoutingScenario
{
    public const string Areas = """
        postcode_van;postcode_tot;wijkteam
        2011;2013;Wijkteam Noord
        2013CD;2013CD;Wijkteam Hofje
        2014AA;2015ZZ;Wijkteam Zuid
        """;

    public static async Task ImportAreasAsync(this SignalHubStack stack, string csv = Areas)
    {
        var result = await stack.Get<AreasRegister>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), CancellationToken.None);
        Assert.That(result.RowsRejected, Is.Zero, () => string.Join("; ", result.Errors.Select(e => e.Reason)));
    }

    /// <summary>The SDV export with the Dutch headers municipalities use.</summary>
    public static async Task ImportSdvClientsAsync(this SignalHubStack stack, params string[] rows)
    {
        var csv = string.Join("\n", rows.Prepend("dossiernummer;achternaam;geboortedatum;postcode;huisnummer;huisletter;toevoeging;consulent")) + "\n";
        var result = await stack.Get<SdvClientsRegister>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), CancellationToken.None);
        Assert.That(result.RowsRejected, Is.Zero, () => string.Join("; ", result.Errors.Select(e => e.Reason)));
    }

    /// <summary>Closes the door's case of that period as outreach will: status closed, its last change the closing day.</summary>
    public static Task CloseCaseAsync(this SignalHubStack stack, string period, string postcode, int houseNumber, DateTime closedAt) =>
        stack.Get<Database>().InTransactionAsync(async (c, t) =>
        {
            var closed = await c.ExecuteAsync("""
                UPDATE cases SET status = 'closed', updated_at = @At
                WHERE match_id IN (SELECT id FROM matches WHERE period = @Period AND postcode = @Postcode AND house_number = @Number)
                """, new { At = closedAt, Period = period, Postcode = postcode, Number = houseNumber }, t);
            Assert.That(closed, Is.EqualTo(1), $"no case to close at {postcode} {houseNumber} in {period}");
        }, CancellationToken.None);

    public static Task<Guid> MatchIdAsync(this SignalHubStack stack, string period, string postcode, int houseNumber) =>
        stack.Get<Database>().ReadAsync(c => c.QuerySingleAsync<Guid>(
            "SELECT id FROM matches WHERE period = @Period AND postcode = @Postcode AND house_number = @Number",
            new { Period = period, Postcode = postcode, Number = houseNumber }), CancellationToken.None);

    /// <summary>The case made for the door's match of that period, or null when it got none of its own.</summary>
    public static async Task<CaseView?> CaseAtAsync(this SignalHubStack stack, string period, string postcode, int houseNumber)
    {
        var matchId = await stack.MatchIdAsync(period, postcode, houseNumber);
        var caseId = await stack.Get<Database>().ReadAsync(c => c.QuerySingleOrDefaultAsync<Guid?>(
            "SELECT id FROM cases WHERE match_id = @MatchId", new { MatchId = matchId }), CancellationToken.None);
        return caseId is { } id ? await stack.Get<CaseQuery>().FindAsync(id, CancellationToken.None) : null;
    }

    public static async Task<CaseView> RequireCaseAtAsync(this SignalHubStack stack, string period, string postcode, int houseNumber) =>
        await stack.CaseAtAsync(period, postcode, houseNumber) ?? throw new AssertionException($"no case at {postcode} {houseNumber} in {period}");
}
