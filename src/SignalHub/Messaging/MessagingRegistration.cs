using MassTransit;
using Microsoft.Extensions.Options;
using SignalHub.Hosting;
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
        builder.Services.AddSingleton<PipelineProgress>();
        if (!roles.UsesBus)
            return builder;
        builder.Services.AddOptions<BusOptions>().BindConfiguration(BusOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var options = builder.Configuration.GetSection(BusOptions.Section).Get<BusOptions>() ?? new BusOptions();
        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(options.QueuePrefix, false));
            if (roles.Worker)
                addConsumers(bus);
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
                bus.UsingInMemory((context, cfg) => ConfigureEndpoints(context, cfg));
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
        cfg.UseMessageRetry(retry => retry.Exponential(options.RetryLimit, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(300)));
        cfg.ConfigureEndpoints(context);
    }
}
