using MassTransit;
using SignalHub.Ingestion.Calendar;

namespace SignalHub.Ingestion;

public static class IngestionRegistration
{
    public static IHostApplicationBuilder AddIngestion(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<IngestionOptions>().BindConfiguration(IngestionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<DeliveryIntake>();
        builder.Services.AddSingleton<Replacement.ReplacementCheck>();
        builder.Services.AddSingleton<Replacement.PendingUploads>();
        builder.Services.AddSingleton<Replacement.DeliverySummaries>();
        builder.Services.AddSingleton<ReceiptQuery>();
        builder.AddDeliveryCalendar();
        builder.Services.AddSingleton<SignalWithdrawal>();
        return builder;
    }

    public static void AddIngestionConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<SplitDeliveryConsumer>();
        bus.AddConsumer<IngestChunkConsumer>();
    }
}
