using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace SignalHub.Ingestion.Json;

/// <summary>
/// Adds the JSON shape of a delivery to the upload's request body in the OpenAPI document, next to the
/// CSV shapes <see cref="DeliveryFileBody"/> describes. The full signal schema is schemas/partner-file/signal.schema.json.
/// </summary>
internal static class JsonDeliveryBody
{
    public static Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        if (operation.RequestBody is not OpenApiRequestBody body || body.Content is null)
            return Task.CompletedTask;
        var signals = new OpenApiSchema
        {
            Type = JsonSchemaType.Array,
            Description = "At most Ingestion:MaxRows signals.",
            Items = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "One signal with the partner file's canonical column names and JSON types (schemas/partner-file/signal.schema.json).",
            },
        };
        body.Description = "The partner file (CSV, or JSON as {\"signals\": [...]} or a bare array; contract in schemas/partner-file/), " +
            "at most Ingestion:MaxFileBytes.";
        body.Content["application/json"] = new OpenApiMediaType
        {
            Schema = new OpenApiSchema
            {
                Description = "A delivery (schemas/partner-file/delivery.schema.json), or its signals as a bare array. " +
                    "On the receipt, signals[i] is line i + 2, as if line 1 were a CSV header.",
                OneOf =
                [
                    new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Required = new HashSet<string> { "signals" },
                        Properties = new Dictionary<string, IOpenApiSchema> { ["signals"] = signals },
                        AdditionalPropertiesAllowed = false,
                    },
                    signals,
                ],
            },
        };
        return Task.CompletedTask;
    }
}
