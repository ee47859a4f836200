using MassTransit;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace SignalHub.Telemetry;

public static class TelemetryRegistration
{
    /// <summary>Sources of spans: ours, the bus, PostgreSQL, the web server and outgoing HTTP.</summary>
    public static readonly string[] ActivitySources = [SignalHubActivity.SourceName, "MassTransit", "Npgsql", "Microsoft.AspNetCore", "System.Net.Http"];

    /// <summary>Meters: ours, the bus (consumer duration, retries, faults), the web server and outgoing HTTP.</summary>
    public static readonly string[] Meters = [SignalHubMetrics.MeterName, "MassTransit", "Npgsql", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Net.Http"];

    /// <summary>
    /// Traces, metrics and logs through OpenTelemetry. Spans are always made (so logs carry trace ids) but
    /// exported only when <c>Telemetry:OtlpEndpoint</c> is set; export runs in the background, so an absent
    /// collector costs nothing but a warning.
    /// </summary>
    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var options = builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        builder.Services.AddSingleton<SignalHubMetrics>();
        builder.Services.AddHostedService<PipelineGauges>();
        builder.Services.AddConsumeObserver<QueueLagObserver>();
        builder.Logging.Configure(logging =>
            logging.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName))
            .WithTracing(tracing => tracing
                .SetSampler(new ParentBasedSampler(new SkipBackgroundPolling()))
                .AddSource(ActivitySources))
            .WithMetrics(metrics => metrics.AddMeter(Meters));
        if (options.Endpoint is null)
            return builder;
        telemetry
            .WithTracing(tracing => tracing.AddOtlpExporter(otlp => Configure(otlp, options, "traces")))
            .WithMetrics(metrics => metrics.AddOtlpExporter(otlp => Configure(otlp, options, "metrics")))
            .WithLogging(logging => logging.AddOtlpExporter(otlp => Configure(otlp, options, "logs")), logging =>
            {
                logging.IncludeFormattedMessage = true;
                logging.IncludeScopes = true;
            });
        return builder;
    }

    private static void Configure(OtlpExporterOptions otlp, TelemetryOptions options, string signal)
    {
        var endpoint = options.Endpoint!;
        if (options.OtlpProtocol == "http/protobuf")
        {
            otlp.Protocol = OtlpExportProtocol.HttpProtobuf;
            endpoint = new Uri(endpoint, $"{endpoint.AbsolutePath.TrimEnd('/')}/v1/{signal}");
        }
        otlp.Endpoint = endpoint;
        if (!string.IsNullOrWhiteSpace(options.OtlpHeaders))
            otlp.Headers = options.OtlpHeaders;
    }
}
