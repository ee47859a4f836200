using Dapper;
using SignalHub.Domain.Vocabulary;
using SignalHub.Storage;

namespace SignalHub.Ingestion;

/// <summary>Reads a delivery's stored file back, part by part, so no process holds it whole in memory.</summary>
internal static class StoredFile
{
    /// <returns>false when the delivery has no stored file any more (it was split already).</returns>
    public static Task<bool> CopyToAsync(Database database, Guid deliveryId, Stream target, CancellationToken ct) =>
        database.ReadAsync(async c =>
        {
            var parts = await c.ExecuteScalarAsync<int>(new CommandDefinition(
                "SELECT COUNT(*) FROM delivery_files WHERE delivery_id = @Id", new { Id = deliveryId }, cancellationToken: ct));
            for (var seq = 0; seq < parts; seq++)
            {
                var bytes = await c.ExecuteScalarAsync<byte[]>(new CommandDefinition(
                    "SELECT content FROM delivery_files WHERE delivery_id = @Id AND seq = @Seq", new { Id = deliveryId, Seq = seq }, cancellationToken: ct));
                await target.WriteAsync(bytes, ct);
            }
            if (parts == 0)
            {
                // An empty upload stores no parts; it still needs its delivery refused once.
                var status = await c.ExecuteScalarAsync<string?>(new CommandDefinition(
                    "SELECT status FROM deliveries WHERE id = @Id", new { Id = deliveryId }, cancellationToken: ct));
                return status == DeliveryStatus.Received.ToCode();
            }
            return true;
        }, ct);
}
