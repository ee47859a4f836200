using SignalHub.Security.Audit;

namespace SignalHub.Security;

public static class SecurityRegistration
{
    public static IHostApplicationBuilder AddAudit(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<AuditLog>();
        return builder;
    }
}
