using System.Security.Claims;
using Microsoft.Extensions.Options;

namespace SignalHub.Export.Ddas;

public static class DdasExportRegistration
{
    public static IHostApplicationBuilder AddDdasExport(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DdasExportOptions>().BindConfiguration(DdasExportOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<DdasExportOptions>, ContactPersonsValidation>();
        builder.Services.AddSingleton<DdasExportStore>();
        builder.Services.AddSingleton(services => new DdasExporter(services.GetRequiredService<DdasExportStore>(),
            services.GetRequiredService<IOptions<DdasExportOptions>>(), services.GetRequiredService<TimeProvider>(),
            services.GetRequiredService<ILogger<DdasExporter>>()));
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(DdasExportEndpoint.Policy, policy => policy.AddAuthenticationSchemes(Security.Access.PortalAuthentication.Scheme)
                .RequireAuthenticatedUser().RequireRole(Security.Accounts.PortalRoles.Coordinator));
        return builder;
    }

    /// <summary>Each contact person needs a name and a valid e-mail address, and none twice: the schema insists on both.</summary>
    private sealed class ContactPersonsValidation : IValidateOptions<DdasExportOptions>
    {
        public ValidateOptionsResult Validate(string? name, DdasExportOptions options)
        {
            var people = options.ContactPersons;
            for (var i = 0; i < people.Count; i++)
            {
                var key = $"{DdasExportOptions.Section}:ContactPersons:{i}";
                if (string.IsNullOrWhiteSpace(people[i].Name))
                    return ValidateOptionsResult.Fail($"{key}:Name is required");
                if (people[i].Email is { } email && !new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(email))
                    return ValidateOptionsResult.Fail($"{key}:Email '{email}' is not an e-mail address");
            }
            return people.DistinctBy(p => (p.Name, p.Phone, p.Email, p.JobTitle)).Count() < people.Count
                ? ValidateOptionsResult.Fail($"{DdasExportOptions.Section}:ContactPersons names the same person twice")
                : ValidateOptionsResult.Success;
        }
    }
}
