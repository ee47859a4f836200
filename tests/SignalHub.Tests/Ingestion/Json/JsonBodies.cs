using System.Net.Http.Json;
using System.Text;
using SignalHub.Ingestion;
using SignalHub.Cli;
using SignalHub.Tests.Fixtures;

namespace SignalHub.Tests.Ingestion.Json;

/// <summary>JSON deliveries as a partner's system writes them, and how they are posted. Names and streets are made up.</summary>
internal static class JsonBodies
{
    public static string Delivery(params string[] signals) => "{\"signals\": [\n  " + string.Join(",\n  ", signals) + "\n]}\n";

    public static string Signal(string reference, string costType, string surname, int houseNumber, string postcode,
        string amount = "450.00", string since = "2026-08-01", string birthDate = "1978-03-12", string extra = "") =>
        $$"""{"reference": "{{reference}}", "cost_type": "{{costType}}", "surname": "{{surname}}", "initials": "J.", "birth_date": "{{birthDate}}", """ +
        $$"""{{extra}}"street": "Lindelaan", "house_number": {{houseNumber}}, "postcode": "{{postcode}}", "city": "Spaarndam-Oost", """ +
        $$""" "arrears_amount": {{amount}}, "arrears_since": "{{since}}"}""";

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string period, string json) =>
        client.PostAsync($"/api/v1/deliveries?period={period}", new StringContent(json, Encoding.UTF8, "application/json"));

    /// <summary>Posts the JSON, asserts it was taken in, and waits until the pipeline is done with it.</summary>
    public static async Task<Receipt> UploadJsonAsync(this SignalHubStack stack, string apiKey, string period, string json)
    {
        using var client = stack.Client(apiKey);
        using var response = await client.PostJsonAsync(period, json);
        Assert.That((int)response.StatusCode, Is.AnyOf(200, 202), await response.Content.ReadAsStringAsync());
        var receipt = await response.Content.ReadFromJsonAsync<Receipt>(JsonOutput.Options);
        await stack.WaitUntilIdleAsync();
        return (await stack.Get<ReceiptQuery>().GetAsync(receipt!.DeliveryId, null, int.MaxValue, CancellationToken.None))!;
    }
}
