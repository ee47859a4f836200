using Microsoft.Extensions.Options;
using SignalHub.Storage;

namespace SignalHub.Security.Encryption;

public static class EncryptionRegistration
{
    public static IHostApplicationBuilder AddEncryption(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<EncryptionOptions>().BindConfiguration(EncryptionOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<EncryptionOptions>, ServerDatabaseNeedsKeys>();
        builder.Services.AddSingleton(LoadKeys);
        builder.Services.AddSingleton<FieldCipher>();
        builder.Services.AddSingleton<KeyRotation>();
        builder.Services.AddSingleton<KeyStatusQuery>();
        builder.Services.AddSingleton<TotpSecretSealing>();
        builder.Services.AddHostedService<LoadKeysOnStart>();
        builder.Services.AddHostedService<SealTotpSecretsOnStart>();
        return builder;
    }

    private static EncryptionKeys LoadKeys(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<EncryptionOptions>>().Value;
        var storage = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var logger = services.GetRequiredService<ILogger<EncryptionKeys>>();
        if (storage.Provider != "sqlite")
            return EncryptionKeys.From(options, null);
        EncryptionKeys? embedded;
        if (KeyFile.PathFor(storage.ConnectionString) is not { } path)
        {
            embedded = KeyFile.Ephemeral();
            logger.LogInformation("Encryption: in-memory database, so its keys live in memory only");
        }
        else
        {
            if (KeyFile.TryCreate(path))
                logger.LogInformation("Encryption: created key file {KeyFile} (mode 0600) for the embedded database; back it up with the database, it cannot be recovered", path);
            embedded = KeyFile.Read(path);
        }
        var keys = options.IsEmpty ? embedded : EncryptionKeys.From(options, embedded);
        logger.LogInformation("Encryption: personal fields encrypted under key id {ActiveKeyId}, {KeyCount} key(s) known", keys.ActiveKeyId, keys.Keys.Count);
        return keys;
    }
}

/// <summary>A server database gets no key file: without configured keys it refuses to start, in one line.</summary>
internal sealed class ServerDatabaseNeedsKeys(IOptions<StorageOptions> storage) : IValidateOptions<EncryptionOptions>
{
    public ValidateOptionsResult Validate(string? name, EncryptionOptions options)
    {
        var provider = storage.Value.Provider;
        if (provider == "sqlite")
            return ValidateOptionsResult.Success;
        if (options.IsEmpty)
            return ValidateOptionsResult.Fail($"Encryption:Keys, Encryption:ActiveKeyId and Encryption:HashKey are required with Storage:Provider '{provider}' (a key file is made for sqlite only)");
        try
        {
            EncryptionKeys.From(options, null);
            return ValidateOptionsResult.Success;
        }
        catch (EncryptionConfigurationException e)
        {
            return ValidateOptionsResult.Fail(e.Message);
        }
    }
}

/// <summary>Reads (or, for SQLite, makes) the keys when the process starts, not at the first signal.</summary>
internal sealed class LoadKeysOnStart(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<EncryptionKeys>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
