namespace SignalHub.Partners;

public static class PartnersRegistration
{
    public static IHostApplicationBuilder AddPartners(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<PartnerStore>();
        return builder;
    }
}
