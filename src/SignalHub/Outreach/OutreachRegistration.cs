using Microsoft.Extensions.Options;
using Quartz;
using SignalHub.Scheduling;

namespace SignalHub.Outreach;

public static class OutreachRegistration
{
    public static IHostApplicationBuilder AddOutreach(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<OutreachOptions>().BindConfiguration(OutreachOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<OutreachOptions>, AftercareMonthsValidation>();
        builder.Services.AddSingleton<DeadlineMarking>();
        builder.Services.AddSingleton<CaseWork>();
        builder.Services.AddSingleton<CaseDetailQuery>();
        builder.Services.AddSingleton<WorkListQuery>();
        builder.Services.AddTransient<OutreachDeadlineJob>();
        return builder;
    }

    public static void AddOutreachJobs(this IQuartzBuilder jobs) =>
        jobs.AddJob<OutreachDeadlineJob>(OutreachDeadlineJob.Name, OutreachDeadlineJob.Schedule);

    /// <summary>Names the key that is wrong, as the other options' start-up errors do.</summary>
    private sealed class AftercareMonthsValidation : IValidateOptions<OutreachOptions>
    {
        public ValidateOptionsResult Validate(string? name, OutreachOptions options) =>
            options.FollowUpMonths.Any(m => m is < 1 or > 60)
                ? ValidateOptionsResult.Fail("Outreach:AftercareMonths must be months from 1 to 60")
                : ValidateOptionsResult.Success;
    }
}
