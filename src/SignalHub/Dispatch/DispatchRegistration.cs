using MassTransit;

namespace SignalHub.Dispatch;

public static class DispatchRegistration
{
    public static IHostApplicationBuilder AddDispatch(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DispatchOptions>().BindConfiguration(DispatchOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<Dispatcher>();
        builder.Services.AddSingleton<CaseQuery>();
        return builder;
    }

    public static void AddDispatchConsumers(this IBusRegistrationConfigurator bus) => bus.AddConsumer<DispatchConsumer>();
}
