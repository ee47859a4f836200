using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using SignalHub.Storage.Dialects;

namespace SignalHub.Storage;

/// <summary>The Polly pipeline for the chosen provider's transient errors: exponential back-off with jitter.</summary>
public sealed class TransientRetry
{
    public TransientRetry(ISqlDialect dialect, ILogger<TransientRetry> logger, int maxAttempts = 6)
    {
        Pipeline = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(dialect.IsTransient),
                MaxRetryAttempts = maxAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(200),
                MaxDelay = TimeSpan.FromSeconds(10),
                OnRetry = args =>
                {
                    logger.LogWarning("Transient {Provider} error, attempt {Attempt}: {Error}",
                        dialect.Name, args.AttemptNumber + 1, args.Outcome.Exception?.Message);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    public ResiliencePipeline Pipeline { get; }
}
