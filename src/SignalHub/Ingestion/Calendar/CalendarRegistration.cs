using Microsoft.Extensions.Options;
using Quartz;
using SignalHub.Scheduling;

namespace SignalHub.Ingestion.Calendar;

public static class CalendarRegistration
{
    /// <summary>The calendar's options, store and query: needed by the web role (portal, reports) and the scheduler.</summary>
    public static IHostApplicationBuilder AddDeliveryCalendar(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CalendarOptions>().BindConfiguration(IngestionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<SmtpOptions>, SmtpOptionsValidation>();
        builder.Services.AddSingleton<ReminderMail>();
        builder.Services.AddSingleton<PartnerReminders>();
        builder.Services.AddSingleton<DeliveryCalendar>();
        builder.Services.AddTransient<DeliveryReminderJob>();
        builder.Services.AddTransient<LateDeliveryJob>();
        return builder;
    }

    public static void AddCalendarJobs(this IQuartzBuilder jobs)
    {
        jobs.AddJob<DeliveryReminderJob>(DeliveryReminderJob.Name, DeliveryReminderJob.Schedule);
        jobs.AddJob<LateDeliveryJob>(LateDeliveryJob.Name, LateDeliveryJob.Schedule);
    }

    /// <summary>Names the key that is wrong, as the other options' start-up errors do.</summary>
    private sealed class SmtpOptionsValidation : IValidateOptions<SmtpOptions>
    {
        public ValidateOptionsResult Validate(string? name, SmtpOptions options) =>
            options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }
}
