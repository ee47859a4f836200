using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace SignalHub.Security.KeyRing;

/// <summary>
/// The portal's cookie and antiforgery keys belong to the installation, not to the OS account that runs it: kept in
/// its database (or in <c>Portal:DataProtectionKeysFolder</c> when set, one folder per installation), sealed with its
/// field keys, under an application discriminator made of its installation id.
/// </summary>
public static class KeyRingRegistration
{
    public const string FolderSetting = "Portal:DataProtectionKeysFolder";

    public static IHostApplicationBuilder AddPortalKeyRing(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<Installation>();
        builder.Services.AddDataProtection();
        builder.Services.AddOptions<DataProtectionOptions>().Configure<Installation>((options, installation) =>
            options.ApplicationDiscriminator = $"SignalHub/{installation.Id:N}");
        var folder = builder.Configuration[FolderSetting] is { Length: > 0 } path ? new DirectoryInfo(path) : null;
        builder.Services.AddOptions<KeyManagementOptions>().Configure<IServiceProvider>((options, services) =>
        {
            options.XmlRepository = folder is null
                ? ActivatorUtilities.CreateInstance<DatabaseXmlRepository>(services)
                : new FileSystemXmlRepository(folder, services.GetRequiredService<ILoggerFactory>());
            options.XmlEncryptor = ActivatorUtilities.CreateInstance<SealedXmlEncryptor>(services);
        });
        return builder;
    }
}
