using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace SignalHub.Tests.Telemetry;

/// <summary>An in-memory exporter: every span the stack's tracer provider finished, for assertions.</summary>
public sealed class SpanCollector : BaseExporter<Activity>
{
    private readonly ConcurrentQueue<Activity> _spans = new();

    public IReadOnlyList<Activity> Spans => [.. _spans];

    public override ExportResult Export(in Batch<Activity> batch)
    {
        foreach (var span in batch)
            _spans.Enqueue(span);
        return ExportResult.Success;
    }

    /// <summary>Adds this collector to the host's tracer provider, exporting each span as it ends.</summary>
    public void AttachTo(IHostApplicationBuilder builder) =>
        builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddProcessor(new SimpleActivityExportProcessor(this)));

    /// <summary>Waits until the spans satisfy <paramref name="done"/>, since consumer spans end just after their commit.</summary>
    public async Task<IReadOnlyList<Activity>> WaitForAsync(Func<IReadOnlyList<Activity>, bool> done, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (!done(Spans) && DateTime.UtcNow < until)
            await Task.Delay(50);
        return Spans;
    }
}
