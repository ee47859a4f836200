using System.ComponentModel.DataAnnotations;

namespace SignalHub.Telemetry;

/// <summary>Where traces, metrics and logs go. No endpoint: nothing is exported (spans still put trace ids in logs).</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>The OpenTelemetry collector, e.g. <c>http://localhost:4317</c>; empty switches export off.</summary>
    [Url(ErrorMessage = "Telemetry:OtlpEndpoint must be an http or https URL, e.g. http://localhost:4317")]
    public string? OtlpEndpoint { get; set; }

    /// <summary><c>grpc</c> (port 4317) or <c>http/protobuf</c> (port 4318).</summary>
    [RegularExpression("^(grpc|http/protobuf)$", ErrorMessage = "Telemetry:OtlpProtocol must be grpc or http/protobuf")]
    public string OtlpProtocol { get; set; } = "grpc";

    /// <summary>Extra export headers as <c>key=value,key2=value2</c>, e.g. a collector's API key.</summary>
    public string? OtlpHeaders { get; set; }

    [Required]
    public string ServiceName { get; set; } = "signalhub";

    /// <summary>The endpoint when it is a usable URL; a wrong one is reported by validation at start, by its key.</summary>
    public Uri? Endpoint => Uri.TryCreate(OtlpEndpoint, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;
}
