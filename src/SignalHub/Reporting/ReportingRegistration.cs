using Microsoft.Extensions.Options;

namespace SignalHub.Reporting;

public static class ReportingRegistration
{
    public static IHostApplicationBuilder AddReporting(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CostBenefitOptions>().BindConfiguration(CostBenefitOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<CostBenefitOptions>, CostBenefitValidation>();
        builder.Services.AddSingleton<MonitorQuery>();
        builder.Services.AddSingleton<ReportSnapshots>();
        builder.Services.AddSingleton<MonitorReport>();
        return builder;
    }

    private sealed class CostBenefitValidation : IValidateOptions<CostBenefitOptions>
    {
        public ValidateOptionsResult Validate(string? name, CostBenefitOptions options) =>
            options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }
}
