using MassTransit;
using Microsoft.Extensions.Options;
using SignalHub.Hosting;
using SignalHub.Messaging.Failures;
using SignalHub.Messaging.Outbox;

namespace SignalHub.Messaging;

public static class MessagingRegistration
{
    /// <summary>
    /// The bus on the configured transport. Consumers are added only where the process has the worker
    /// role; every process with a role publishes its outbox. Database-only commands get no bus.
    /// </summary>
    public static IHostApplicationBuilder AddMessaging(this IHostApplicationBuilder builder, HostRoles roles,
        Action<IBusRegistrationConfigurator> addConsumers)
    {
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<FailedMessages>();
        builder.Services.AddSingleton<PipelineProgress>();
        if (!roles.UsesBus)
            return builder;
        builder.Services.AddOptions<BusOptions>().BindConfiguration(BusOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var options = builder.Configuration.GetSection(BusOptions.Section).Get<BusOptions>() ?? new BusOptions();
        builder.Services.AddMassTransit(bus =>
        {
            // MassTransit 8 reports usage to its vendor at start; a municipal service calls no third party unasked.
            bus.DisableUsageTelemetry();
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(options.QueuePrefix, false));
            if (roles.Worker)
            {
                addConsumers(bus);
                foreach (var recorder in FaultedConsumers.RecorderTypes())
                    bus.AddConsumer(recorder).Endpoint(e => e.Name = options.QueuePrefix + "-failed-messages");
            }
            bus.AddConfigureEndpointsCallback((context, _, endpoint) => ConfigureRetries(options, endpoint));
            if (options.Transport == "rabbitmq")
                bus.UsingRabbitMq((context, cfg) =>
                {
                    cfg.Host(options.Host, (ushort)options.Port, options.VirtualHost, host =>
                    {
                        host.Username(options.Username);
                        host.Password(options.Password);
                    });
                    ConfigureEndpoints(context, cfg);
                });
            else
                bus.UsingInMemory((context, cfg) =>
                {
                    cfg.UseDelayedMessageScheduler();
                    ConfigureEndpoints(context, cfg);
                });
        });
        builder.Services.AddOptions<MassTransitHostOptions>().Configure(host =>
        {
            host.WaitUntilStarted = true;
            host.StartTimeout = TimeSpan.FromSeconds(60);
            host.StopTimeout = TimeSpan.FromSeconds(30);
        });
        builder.Services.AddSingleton<OutboxRetention>();
        builder.Services.AddSingleton<OutboxPublisher>();
        builder.Services.AddHostedService(services => services.GetRequiredService<OutboxPublisher>());
        return builder;
    }

    private static void ConfigureEndpoints<T>(IBusRegistrationContext context, IBusFactoryConfigurator<T> cfg)
        where T : IReceiveEndpointConfigurator
    {
        var options = context.GetRequiredService<IOptions<BusOptions>>().Value;
        // Exchanges carry the prefix too, so two installations (or two test runs) on one broker never see each other's messages.
        cfg.MessageTopology.SetEntityNameFormatter(new PrefixEntityNameFormatter(cfg.MessageTopology.EntityNameFormatter, options.QueuePrefix + "."));
        cfg.PrefetchCount = options.PrefetchCount;
        cfg.ConcurrentMessageLimit = options.ConcurrencyLimit;
        cfg.ConfigureEndpoints(context);
    }

    /// <summary>
    /// Immediate exponential retries ride out a short hiccup; on the in-memory bus delayed redeliveries
    /// (its own scheduler) ride out a longer one. Then the message faults: error queue and failed_messages.
    /// </summary>
    private static void ConfigureRetries(BusOptions options, IReceiveEndpointConfigurator endpoint)
    {
        if (options.Transport == "inmemory" && options.RedeliveryLimit > 0)
        {
            var first = TimeSpan.FromSeconds(options.RedeliveryDelaySeconds);
            endpoint.UseDelayedRedelivery(r => r.Intervals(Enumerable.Range(0, options.RedeliveryLimit).Select(i => first * Math.Pow(4, i)).ToArray()));
        }
        endpoint.UseMessageRetry(retry => retry.Exponential(options.RetryLimit, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(300)));
    }
}
