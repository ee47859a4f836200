using Microsoft.Extensions.DependencyInjection;
using SignalHub.Tests.Fixtures;
using static SignalHub.Tests.Fixtures.PartnerFiles;

namespace SignalHub.Tests.Telemetry;

/// <summary>
/// A municipal service calls no third party unasked: from start-up through a month's import to shutdown (when MassTransit
/// would report its usage telemetry), the process reaches only this machine and the configured database and broker.
/// </summary>
// The listener hears every connection of the test process: alone, so no other fixture (nor its own twin) is heard.
[NonParallelizable]
[TestFixture(StackKind.SqliteInMemory)]
[TestFixture(StackKind.PostgresRabbitMq)]
public sealed class When_the_process_starts_and_imports_a_month(StackKind kind)
{
    [Test]
    public async Task Should_open_no_connection_outside_the_configured_addresses()
    {
        using var connections = new OutboundConnections();
        // MassTransit would report 5 minutes after start; here it would at shutdown, inside this test. Enabled is left as the
        // application sets it: this only moves the moment, so switching the telemetry back on fails the test.
        var stack = await SignalHubStack.StartAsync(kind, configure: builder => builder.Services.Configure<MassTransit.UsageTelemetryOptions>(usage =>
        {
            usage.ReportOnShutdown = true;
            usage.ReportDelay = TimeSpan.FromMinutes(30);
        }));
        var configured = Configured(stack.Settings);
        try
        {
            await stack.AddAreaAsync("2011AA", "2011ZZ", "Wijkteam Noord");
            foreach (var (partner, type, cost) in new[] { ("Woonstichting Thuis", "housing", "huur"), ("Energie Dichtbij", "energy", "energie") })
            {
                var (_, key) = await stack.RegisterAsync(partner, type);
                await stack.UploadAsync(key, "2026-10", Csv([.. Enumerable.Range(1, 40).Select(i =>
                    Row($"{cost[..2].ToUpperInvariant()}-{i}", cost, $"Buurman{i}", (i % 20 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), "2011AB"))]));
            }
        }
        finally
        {
            await stack.DisposeAsync();
        }
        connections.Stop();

        var outside = connections.Targets.Where(t => !OutboundConnections.IsLocal(t) && !configured.Contains(t)).Distinct().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(connections.Targets, Is.Not.Empty, "the listener saw the process's own connections");
            Assert.That(outside, Is.Empty, "connections outside the configured addresses");
        });
    }

    [Test]
    public async Task Should_see_a_call_to_an_outside_host_even_when_its_name_does_not_resolve()
    {
        using var connections = new OutboundConnections();
        using (var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) })
            try
            {
                using var _ = await client.GetAsync("https://usage-tracking.example.invalid/usage");
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }
        connections.Stop();
        Assert.That(connections.Targets, Has.Member("usage-tracking.example.invalid"), "the listener catches what the real test must refuse");
    }

    /// <summary>The hosts the configuration names: the database server's and the broker's.</summary>
    private static HashSet<string> Configured(IReadOnlyDictionary<string, string?> settings)
    {
        var hosts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (settings.GetValueOrDefault("Bus:Host") is { Length: > 0 } bus)
            hosts.Add(bus);
        if (settings.GetValueOrDefault("Storage:Provider") == "postgres")
            hosts.UnionWith((new Npgsql.NpgsqlConnectionStringBuilder(settings["Storage:ConnectionString"]).Host ?? "").Split(','));
        return hosts;
    }
}
