using MassTransit;

namespace SignalHub.Matching;

public static class MatchingRegistration
{
    public static IHostApplicationBuilder AddMatching(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<MatchingOptions>().BindConfiguration(MatchingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<AddressRegrouper>();
        builder.Services.AddSingleton<MatchQuery>();
        builder.Services.AddSingleton<TriageDetailQuery>();
        return builder;
    }

    public static void AddMatchingConsumers(this IBusRegistrationConfigurator bus) => bus.AddConsumer<MatchAddressesConsumer>();
}
