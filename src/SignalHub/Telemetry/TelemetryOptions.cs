using System.ComponentModel.DataAnnotations;

namespace SignalHub.Telemetry;

/// <summary>Where traces, metrics and logs go. No endpoint: nothing is exported (spans still put trace ids in logs).</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>The OpenTelemetry collector, e.g. <c>http://localhost:4317</c>; empty switches export off.</summary>
    [Url]
    public string? OtlpEndpoint { get; set; }

    /// <summary><c>grpc</c> (port 4317) or <c>http/protobuf</c> (port 4318).</summary>
    [RegularExpression("^(grpc|http/protobuf)$", ErrorMessage = "Telemetry:OtlpProtocol must be grpc or http/protobuf")]
    public string OtlpProtocol { get; set; } = "grpc";

    /// <summary>Extra export headers as <c>key=value,key2=value2</c>, e.g. a collector's API key.</summary>
    public string? OtlpHeaders { get; set; }

    [Required]
    public string ServiceName { get; set; } = "signalhub";

    public bool Exports => !string.IsNullOrWhiteSpace(OtlpEndpoint);
}
