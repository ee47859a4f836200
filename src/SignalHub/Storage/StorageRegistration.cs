using Microsoft.Extensions.Options;
using SignalHub.Storage.Dialects;

namespace SignalHub.Storage;

public static class StorageRegistration
{
    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        DapperTypeHandlers.Register();
        builder.Services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<StorageOptions>, ConnectionStringFitsProvider>();
        builder.Services.AddSingleton(DialectFor);
        builder.Services.AddSingleton<TransientRetry>();
        builder.Services.AddSingleton<Database>();
        builder.Services.AddSingleton<MigrationRunner>();
        builder.Services.AddHostedService<MigrateOnStart>();
        return builder;
    }

    public static ISqlDialect DialectFor(string provider) => provider switch
    {
        "sqlite" => new SqliteDialect(),
        "postgres" => new PostgresDialect(),
        "sqlserver" => new SqlServerDialect(),
        _ => throw new StorageConfigurationException($"Storage:Provider '{provider}' is unknown: use sqlite, postgres or sqlserver"),
    };

    private static ISqlDialect DialectFor(IServiceProvider services) =>
        DialectFor(services.GetRequiredService<IOptions<StorageOptions>>().Value.Provider);
}

/// <summary>Refuses a connection string the chosen provider cannot parse, naming the problem in one line.</summary>
internal sealed class ConnectionStringFitsProvider : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        try
        {
            StorageRegistration.DialectFor(options.Provider).ValidateConnectionString(options.ConnectionString);
            return ValidateOptionsResult.Success;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException or IOException or UnauthorizedAccessException or StorageConfigurationException)
        {
            return ValidateOptionsResult.Fail($"Storage:ConnectionString is not valid for provider '{options.Provider}': {e.Message}");
        }
    }
}
