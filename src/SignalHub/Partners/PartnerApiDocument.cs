using Microsoft.OpenApi;

namespace SignalHub.Partners;

/// <summary>
/// The partner API's OpenAPI document at <c>/openapi/v1.json</c>. A copy is committed in
/// <c>schemas/api/openapi-v1.json</c> and a test keeps the two equal, so the contract never drifts silently.
/// </summary>
public static class PartnerApiDocument
{
    public const string Name = "v1";
    public const string SecuritySchemeId = "partnerApiKey";
    private const string PeriodPattern = "^[0-9]{4}-(0[1-9]|1[0-2])$";

    public static IServiceCollection AddPartnerApiDocument(this IServiceCollection services) =>
        services.AddOpenApi(Name, options =>
        {
            // Only the partner API: the portal's pages are not part of the contract.
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "SignalHub partner API",
                    Version = Name,
                    Description = """
                        How fixed-cost partners deliver the month's payment arrears to SignalHub, withdraw a signal and
                        manage their API keys. Every call is authenticated with one of the partner's API keys
                        (`Authorization: Bearer shk_...`) and only ever sees that partner's data: another partner's
                        delivery, signal or key answers 404, like an unknown one. Errors are RFC 9457 problem details.
                        """,
                };
                // The server is wherever SignalHub is deployed; left out so the document is the same everywhere.
                document.Servers = [];
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
                {
                    [SecuritySchemeId] = new OpenApiSecurityScheme
                    {
                        Type = SecuritySchemeType.Http,
                        Scheme = "bearer",
                        BearerFormat = "shk_ API key",
                        Description = "A partner API key: shown once when created, stored only as a hash.",
                    },
                };
                document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SecuritySchemeId, document)] = [] }];
                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, _, _) =>
            {
                // Handlers take the period as text to answer a bad one with problem details; the contract requires it.
                foreach (var period in operation.Parameters?.OfType<OpenApiParameter>().Where(p => p is { Name: "period", In: ParameterLocation.Query }) ?? [])
                {
                    period.Required = true;
                    period.Description = "The month the arrears belong to, YYYY-MM";
                    period.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = PeriodPattern };
                }
                return Task.CompletedTask;
            });
        });
}
