using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using SignalHub.Tests.Fixtures;
using static SignalHub.Tests.Fixtures.PartnerFiles;

namespace SignalHub.Tests.Telemetry;

/// <summary>Export is off unless configured, and a collector that does not answer neither slows nor breaks an import.</summary>
// Alone: it times an import, and a port it found free must stay free.
[NonParallelizable]
public sealed class OtlpExportTests
{
    [TestCase("grpc")]
    [TestCase("http/protobuf")]
    public async Task When_no_collector_listens_at_the_endpoint_Should_import_as_quickly_as_without_export(string protocol)
    {
        var stack = await SignalHubStack.StartAsync(StackKind.SqliteInMemory, new Dictionary<string, string?>
        {
            ["Telemetry:OtlpEndpoint"] = $"http://127.0.0.1:{ClosedPort()}",
            ["Telemetry:OtlpProtocol"] = protocol,
            ["Telemetry:OtlpHeaders"] = "x-api-key=test-key",
        });
        var (_, key) = await stack.RegisterAsync("Zorgverzekeraar Stil", "health_insurer");

        var clock = Stopwatch.StartNew();
        var receipt = await stack.UploadAsync(key, "2026-11", Csv(
            Row("Z-1", "zorg", "Willems", "3", "2011AB"),
            Row("Z-2", "zorg", "Jacobs", "5", "2011AB")));
        clock.Stop();
        var stopping = Stopwatch.StartNew();
        await stack.DisposeAsync();
        stopping.Stop();

        Assert.Multiple(() =>
        {
            Assert.That(receipt.Status, Is.EqualTo("completed"));
            Assert.That(receipt.RowsAccepted, Is.EqualTo(2));
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)), "export runs in the background");
            Assert.That(stopping.Elapsed, Is.LessThan(TimeSpan.FromSeconds(8)), "the last export on stopping gives up quickly");
        });
    }

    [TestCase("ftp-less-nonsense")]
    [TestCase("localhost:4317")]
    public void When_the_endpoint_is_not_a_url_Should_refuse_to_start_naming_the_key(string endpoint)
    {
        var start = () => SignalHubStack.StartAsync(StackKind.SqliteInMemory, new Dictionary<string, string?> { ["Telemetry:OtlpEndpoint"] = endpoint });
        Assert.That(async () => await (await start()).DisposeAsync(), Throws.Exception.With.Message.Contains("Telemetry:OtlpEndpoint"));
    }

    /// <summary>A loopback port that was free a moment ago: connecting to it is refused.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
