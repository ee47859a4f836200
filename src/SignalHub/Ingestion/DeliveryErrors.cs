using SignalHub.Storage.Dialects;

namespace SignalHub.Ingestion;

internal static class DeliveryErrors
{
    public static readonly BulkTable Table = new("delivery_errors", ["id", "delivery_id", "line", "column_name", "code", "reason"]);
}
