namespace SignalHub.Feedback;

public static class FeedbackRegistration
{
    public static IHostApplicationBuilder AddFeedback(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<FeedbackOptions>().BindConfiguration(FeedbackOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<FeedbackQuery>();
        builder.Services.AddSingleton<DataQualityQuery>();
        return builder;
    }
}
