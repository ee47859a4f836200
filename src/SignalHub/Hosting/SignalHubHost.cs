using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace SignalHub.Hosting;

/// <summary>Builds the one process shape SignalHub has, for the server and for each command.</summary>
public static class SignalHubHost
{
    /// <summary>Set by Program: registers the pipeline's stages for the given roles.</summary>
    public delegate void Compose(IHostApplicationBuilder builder, HostRoles roles);

    public static WebApplication BuildWeb(string[] args, HostRoles roles, Compose compose, Action<WebApplication> mapEndpoints,
        Action<IHostApplicationBuilder>? configure = null)
    {
        // The application name is the executable's, also when a test runner hosts it: Razor Pages are found by it.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(SignalHubHost).Assembly.GetName().Name,
        });
        configure?.Invoke(builder);
        builder.Services.TryAddSingleton(TimeProvider.System);
        compose(builder, roles);
        builder.AddHealth();
        var app = builder.Build();
        app.MapHealth();
        if (roles.Web)
            mapEndpoints(app);
        return app;
    }

    public static IHost BuildCommand(string[] args, HostRoles roles, Compose compose, Action<IHostApplicationBuilder>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // A command's stdout is its result (JSON, a document): every log line goes to stderr.
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        // A command that cannot start says why in one line of its own (CommandHost); the host's stack trace would bury it.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.None);
        configure?.Invoke(builder);
        builder.Services.TryAddSingleton(TimeProvider.System);
        compose(builder, roles);
        return builder.Build();
    }

    /// <summary>Turns a failure at start-up into the one line an operator needs, instead of a stack trace.</summary>
    public static string Explain(Exception exception) => exception switch
    {
        OptionsValidationException options => string.Join("; ", options.Failures),
        AggregateException { InnerExceptions.Count: 1 } aggregate => Explain(aggregate.InnerException!),
        AggregateException aggregate => string.Join("; ", aggregate.InnerExceptions.Select(Explain)),
        Security.Encryption.EncryptionConfigurationException keys => keys.Message,
        Storage.StorageConfigurationException storage => storage.Message,
        System.Data.Common.DbException db => $"cannot use the database (Storage:Provider, Storage:ConnectionString): {db.Message}",
        ArgumentException argument => argument.Message,
        _ => $"could not start: {exception.GetBaseException().Message}",
    };
}
