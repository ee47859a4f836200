using Microsoft.Extensions.Options;
using Quartz;
using SignalHub.Scheduling;

namespace SignalHub.Security.Retention;

public static class RetentionRegistration
{
    public static IHostApplicationBuilder AddRetention(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<RetentionOptions>, RetentionValidation>();
        builder.Services.AddSingleton<RetentionPurge>();
        builder.Services.AddTransient<RetentionJob>();
        return builder;
    }

    public static void AddRetentionJobs(this IQuartzBuilder jobs) =>
        jobs.AddJob<RetentionJob>(RetentionJob.Name, RetentionJob.Schedule);

    private sealed class RetentionValidation : IValidateOptions<RetentionOptions>
    {
        public ValidateOptionsResult Validate(string? name, RetentionOptions options) =>
            options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }
}
