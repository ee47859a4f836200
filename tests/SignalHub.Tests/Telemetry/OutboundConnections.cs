using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Net;

namespace SignalHub.Tests.Telemetry;

/// <summary>
/// Every place the process tries to reach, in-process: each HTTP request's host (System.Net.Http), each name looked up
/// (System.Net.NameResolution, so a call is seen even where DNS fails) and each socket connect's address
/// (System.Net.Sockets). Whatever the library, a connection starts at one of these.
/// </summary>
public sealed class OutboundConnections : EventListener
{
    private static readonly string[] Sources = ["System.Net.Http", "System.Net.NameResolution", "System.Net.Sockets"];

    private readonly ConcurrentQueue<string> _targets = new();
    private volatile bool _recording = true;

    public IReadOnlyList<string> Targets => [.. _targets];

    public void Stop() => _recording = false;

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (Sources.Contains(eventSource.Name))
            EnableEvents(eventSource, EventLevel.Informational);
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        var e = eventData;
        if (!_recording || e.Payload is null || e.PayloadNames is null)
            return;
        var payload = e.PayloadNames.Zip(e.Payload).ToDictionary(p => p.First, p => p.Second?.ToString() ?? "");
        var target = (e.EventSource.Name, e.EventName) switch
        {
            ("System.Net.Http", "RequestStart") => payload.GetValueOrDefault("host"),
            ("System.Net.NameResolution", "ResolutionStart") => payload.GetValueOrDefault("hostNameOrAddress"),
            ("System.Net.Sockets", "ConnectStart") => AddressOf(payload.GetValueOrDefault("address") ?? ""),
            _ => null,
        };
        if (target is { Length: > 0 })
            _targets.Enqueue(target);
    }

    /// <summary>The IP address in a socket address as the Sockets event prints it (family:size:{bytes}); the raw text if unreadable.</summary>
    internal static string AddressOf(string socketAddress)
    {
        var open = socketAddress.IndexOf('{', StringComparison.Ordinal);
        var close = socketAddress.IndexOf('}', StringComparison.Ordinal);
        if (open < 0 || close < open)
            return socketAddress;
        var parts = socketAddress[(open + 1)..close].Split(',', StringSplitOptions.TrimEntries);
        if (!parts.All(p => byte.TryParse(p, out _)))
            return socketAddress;
        var bytes = parts.Select(byte.Parse).ToArray();
        // After the family: two bytes of port, then (IPv4) four of address, or (IPv6) four of flow info and sixteen of address.
        if (socketAddress.StartsWith("InterNetworkV6", StringComparison.Ordinal) && bytes.Length >= 22)
            return new IPAddress(bytes[6..22]).ToString();
        if (socketAddress.StartsWith("InterNetwork", StringComparison.Ordinal) && bytes.Length >= 6)
            return new IPAddress(bytes[2..6]).ToString();
        return socketAddress;
    }

    /// <summary>True for this machine: loopback names and addresses (the IPv4-mapped ones too), and a Unix socket.</summary>
    public static bool IsLocal(string target) =>
        target is "localhost" or "" || target.StartsWith("Unix", StringComparison.Ordinal)
        || (IPAddress.TryParse(target.Trim('[', ']'), out var ip) && (IPAddress.IsLoopback(ip) || (ip.IsIPv4MappedToIPv6 && IPAddress.IsLoopback(ip.MapToIPv4()))));
}
