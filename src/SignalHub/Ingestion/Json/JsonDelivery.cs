using System.Text;
using SignalHub.Domain.Values;
using SignalHub.Ingestion.Reading;
using SignalHub.Telemetry;

namespace SignalHub.Ingestion.Json;

/// <summary>
/// Takes a delivery sent as JSON into the same pipeline as a CSV file: while the body streams in it is
/// hashed as received and written as canonical CSV (one signal, one line; header = line 1, so
/// <c>signals[i]</c> is line <c>i + 2</c> on the receipt), and that CSV is what gets stored and validated.
/// The same JSON bytes again are the same delivery.
/// </summary>
public static class JsonDelivery
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly string CanonicalHeader = string.Join(',', PartnerColumns.All.Select(definition => definition.Name));

    /// <exception cref="JsonDeliveryException">The body is not JSON, or not a delivery; nothing is stored.</exception>
    public static async Task<IntakeResult> AcceptJsonAsync(this DeliveryIntake intake, Guid partnerId, Period period, Stream json,
        string source, IngestionOptions limits, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(intake);
        ArgumentNullException.ThrowIfNull(limits);
        using var span = SignalHubActivity.StartStep("delivery intake", "signalhub.partner.id", partnerId);
        span?.SetTag("signalhub.delivery.format", "json");
        var rowsPath = TempPath("rows");
        var csvPath = TempPath("csv");
        try
        {
            await using var received = new ReceivedBytes(json, limits.MaxFileBytes);
            await using var rows = Spool(rowsPath);
            JsonDeliveryReader reader;
            await using (var rowText = new StreamWriter(rows, Utf8, 64 * 1024, leaveOpen: true))
            {
                reader = new JsonDeliveryReader(received, rowText, limits.MaxRows);
                try
                {
                    await reader.ReadAsync(ct);
                }
                catch (JsonBodyTooLargeException)
                {
                    return IntakeResult.TooLarge(limits.MaxFileBytes);
                }
            }
            await using var csv = Spool(csvPath);
            rows.Position = 0;
            await WriteCsvAsync(csv, reader.UnknownProperties, rows, ct);
            csv.Position = 0;
            var result = await intake.StoreAsync(partnerId, period, csv, received.Sha256(), received.Count, null, source, ct);
            if (result is { DeliveryId: { } id, Duplicate: false })
                span?.SetTag("signalhub.delivery.id", id);
            return result;
        }
        finally
        {
            File.Delete(rowsPath);
            File.Delete(csvPath);
        }
    }

    /// <summary>
    /// The header, then the rows. Unknown properties are extra header columns (so the receipt warns about
    /// them), and a row must have a field for every named column: each row gets that many empty ones.
    /// </summary>
    internal static async Task WriteCsvAsync(Stream csv, IReadOnlyList<string> unknownProperties, Stream rows, CancellationToken ct)
    {
        var header = new StringBuilder(CanonicalHeader);
        foreach (var name in unknownProperties)
            header.Append(",\"").Append(name.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        await csv.WriteAsync(Utf8.GetBytes(header.Append('\n').ToString()), ct);
        if (unknownProperties.Count == 0)
        {
            await rows.CopyToAsync(csv, ct);
            return;
        }
        var padding = Utf8.GetBytes(new string(',', unknownProperties.Count) + "\n");
        var buffer = new byte[64 * 1024];
        int read;
        while ((read = await rows.ReadAsync(buffer, ct)) > 0)
        {
            var rest = buffer.AsMemory(0, read);
            for (var lineEnd = rest.Span.IndexOf((byte)'\n'); lineEnd >= 0; lineEnd = rest.Span.IndexOf((byte)'\n'))
            {
                await csv.WriteAsync(rest[..lineEnd], ct);
                await csv.WriteAsync(padding, ct);
                rest = rest[(lineEnd + 1)..];
            }
            await csv.WriteAsync(rest, ct);
        }
    }

    private static string TempPath(string what) => Path.Combine(Path.GetTempPath(), $"signalhub-json-{what}-{Guid.NewGuid():N}");

    private static FileStream Spool(string path) => new(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920,
        FileOptions.DeleteOnClose | FileOptions.Asynchronous);
}
