using System.Net;
using Dapper;
using Microsoft.Data.Sqlite;
using SignalHub.Security.Accounts;
using SignalHub.Tests.Fixtures;
using SignalHub.Tests.Security;

namespace SignalHub.Tests.Matching;

/// <summary>
/// The triage page is SDV's core page: it must open for every match of the demo month, whatever became of it
/// (uitgezet, niet opgepakt, opgelost door de partner, bij een lopende zaak gevoegd), for SDV and a coordinator alike.
/// </summary>
public sealed class When_every_match_of_the_demo_month_is_opened_in_triage
{
    private CliInstallation _cli = null!;
    private SignalHubStack _stack = null!;
    private List<(Guid Id, string Status)> _matches = null!;

    [OneTimeSetUp]
    public async Task LoadTheDemoAndServeIt()
    {
        _cli = new CliInstallation();
        var loaded = await _cli.RunAsync("demo", "--no-serve", "--json");
        Assert.That(loaded.ExitCode, Is.Zero, loaded.ToString());
        _stack = await SignalHubStack.StartAsync(StackKind.SqliteInMemory,
            new Dictionary<string, string?> { ["Storage:ConnectionString"] = $"Data Source={_cli.DatabaseFile}" });
        await using var connection = new SqliteConnection($"Data Source={_cli.DatabaseFile}");
        _matches = [.. (await connection.QueryAsync<(string Id, string Status)>(
                "SELECT id, status FROM matches WHERE period = (SELECT MAX(period) FROM matches)"))
            .Select(m => (Guid.Parse(m.Id), m.Status))];
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _stack.DisposeAsync();
        _cli.Dispose();
    }

    [Test]
    public void The_demo_month_holds_matches_in_several_statuses() =>
        Assert.That(_matches.Select(m => m.Status).Distinct(), Has.Member("not_picked_up").And.Member("dispatched"));

    [TestCase(PortalRoles.Sdv)]
    [TestCase(PortalRoles.Coordinator)]
    public async Task Should_open_the_triage_page_of_every_match(string role)
    {
        var user = await _stack.SignInAsync(role);
        var failed = new List<string>();
        foreach (var (id, status) in _matches)
        {
            using var response = await user.Session.GetAsync($"/triage/{id}");
            if (response.StatusCode != HttpStatusCode.OK)
                failed.Add($"{id} ({status}): {(int)response.StatusCode}");
        }
        Assert.That(failed, Is.Empty, $"{failed.Count} of {_matches.Count} triage pages did not open");
    }
}
