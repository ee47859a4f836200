using System.Text;
using SignalHub.Ingestion.Json;
using SignalHub.Ingestion.Reading;

namespace SignalHub.Tests.Ingestion.Json;

/// <summary>Runs a JSON body through the converter and reads the canonical CSV back as the split consumer would.</summary>
internal static class JsonConversion
{
    public sealed record Converted(IReadOnlyList<PartnerFileRecord> Records, IReadOnlyList<string> Warnings, string Csv, int SignalCount);

    public static async Task<Converted> ConvertAsync(string json, int bufferBytes = JsonDeliveryReader.DefaultBufferBytes, int maxSignals = 1000)
    {
        using var rows = new MemoryStream();
        JsonDeliveryReader reader;
        await using (var text = new StreamWriter(rows, new UTF8Encoding(false), 1024, leaveOpen: true))
        {
            reader = new JsonDeliveryReader(new MemoryStream(Encoding.UTF8.GetBytes(json)), text, maxSignals, bufferBytes);
            await reader.ReadAsync(CancellationToken.None);
        }
        rows.Position = 0;
        using var csv = new MemoryStream();
        await JsonDelivery.WriteCsvAsync(csv, reader.UnknownProperties, rows, CancellationToken.None);
        csv.Position = 0;
        var opened = PartnerFileReader.Open(csv);
        Assert.That(opened.IsOpen, () => string.Join("; ", opened.Errors.Select(e => e.Message)));
        var records = opened.Reader!.ReadRecords().ToList();
        return new Converted(records, opened.Reader.Header.Warnings, Encoding.UTF8.GetString(csv.ToArray()), reader.SignalCount);
    }

    public static async Task<JsonDeliveryException> RefusalAsync(string json, int bufferBytes = JsonDeliveryReader.DefaultBufferBytes, int maxSignals = 1000)
    {
        var reader = new JsonDeliveryReader(new MemoryStream(Encoding.UTF8.GetBytes(json)), TextWriter.Null, maxSignals, bufferBytes);
        try
        {
            await reader.ReadAsync(CancellationToken.None);
        }
        catch (JsonDeliveryException e)
        {
            TestContext.Out.WriteLine($"{e.Code}: {e.Message} (line {e.Line}, column {e.Column}, element {e.Element}, property {e.Property})");
            return e;
        }
        Assert.Fail($"the body was accepted: {json}");
        return null!;
    }
}
