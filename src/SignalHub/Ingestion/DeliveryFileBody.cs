using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace SignalHub.Ingestion;

/// <summary>
/// The upload reads its body itself (it streams to disk), so the OpenAPI document learns the two accepted
/// shapes from here: the file as the body, or as multipart field <c>file</c>.
/// </summary>
internal static class DeliveryFileBody
{
    public static Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var file = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" };
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "The partner file (CSV, contract in schemas/partner-file/), at most Ingestion:MaxFileBytes.",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["text/csv"] = new() { Schema = file },
                ["multipart/form-data"] = new()
                {
                    Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Required = new HashSet<string> { "file" },
                        Properties = new Dictionary<string, IOpenApiSchema> { ["file"] = file },
                    },
                },
            },
        };
        return Task.CompletedTask;
    }
}
