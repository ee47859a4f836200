using MassTransit;
using Quartz;
using SignalHub.Scheduling;

namespace SignalHub.Dispatch;

public static class DispatchRegistration
{
    public static IHostApplicationBuilder AddDispatch(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DispatchOptions>().BindConfiguration(DispatchOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<Dispatcher>();
        builder.Services.AddSingleton<CaseQuery>();
        builder.Services.AddSingleton<RoutingDecisionQuery>();
        builder.Services.AddSingleton<CaseRouting>();
        return builder;
    }

    public static void AddDispatchJobs(this IQuartzBuilder jobs) =>
        jobs.AddJob<DispatchReadyJob>(DispatchReadyJob.Name, DispatchReadyJob.Schedule);

    public static void AddDispatchConsumers(this IBusRegistrationConfigurator bus) => bus.AddConsumer<DispatchConsumer>();
}
