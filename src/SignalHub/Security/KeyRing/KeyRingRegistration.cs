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
        builder.Services.AddDataProtection().SetApplicationName("SignalHub");
        // The framework's provider, wrapped so each installation's id becomes its discriminator.
        var framework = builder.Services.Last(d => d.ServiceType == typeof(IDataProtectionProvider));
        var create = framework.ImplementationFactory ?? throw new InvalidOperationException("Data Protection registered its provider without a factory");
        builder.Services.Remove(framework);
        builder.Services.AddSingleton<IDataProtectionProvider>(services =>
            new InstallationDataProtection((IDataProtectionProvider)create(services), services.GetRequiredService<Installation>()));
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
