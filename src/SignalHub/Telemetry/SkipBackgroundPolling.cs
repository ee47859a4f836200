using OpenTelemetry.Trace;

namespace SignalHub.Telemetry;

/// <summary>
/// Drops database and HTTP client calls that belong to no trace: the outbox poll, progress checks and jobs
/// would otherwise start a one-span trace every few seconds. Everything inside a request or a consumed
/// message has a parent and is kept.
/// </summary>
internal sealed class SkipBackgroundPolling : Sampler
{
    public override SamplingResult ShouldSample(in SamplingParameters samplingParameters) =>
        samplingParameters.Kind == System.Diagnostics.ActivityKind.Client
            ? new SamplingResult(SamplingDecision.Drop)
            : new SamplingResult(SamplingDecision.RecordAndSample);
}
