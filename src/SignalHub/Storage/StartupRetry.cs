using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using SignalHub.Storage.Dialects;

namespace SignalHub.Storage;

/// <summary>
/// At start-up the database may still be coming up (a container or server restarted alongside us): keep
/// trying on transient errors, once a second or so, until <c>Storage:StartupRetrySeconds</c> have passed.
/// </summary>
public static class StartupRetry
{
    public static ResiliencePipeline For(ISqlDialect dialect, TimeSpan limit, ILogger logger)
    {
        var clock = Stopwatch.StartNew();
        return new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(e => dialect.IsTransient(e) && clock.Elapsed < limit),
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Exponential,
                Delay = TimeSpan.FromMilliseconds(250),
                MaxDelay = TimeSpan.FromSeconds(2),
                OnRetry = args =>
                {
                    logger.LogWarning("{Provider} is not answering yet ({Elapsed:F0} s of {Limit:F0} s): {Error}",
                        dialect.Name, clock.Elapsed.TotalSeconds, limit.TotalSeconds, args.Outcome.Exception?.Message);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }
}
