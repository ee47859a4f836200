using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace SignalHub.Tests.Partners;

/// <summary>How a partner's script talks to the API in these tests, and what an RFC 9457 answer must look like.</summary>
public static class ProblemResponses
{
    /// <summary>Asserts an RFC 9457 problem details answer with this status, and returns its body.</summary>
    public static async Task<JsonElement> AssertProblemAsync(this HttpResponseMessage response, int status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(status), body);
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), body);
        });
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(problem.GetProperty("status").GetInt32(), Is.EqualTo(status));
            Assert.That(problem.GetProperty("title").GetString(), Is.Not.Empty);
        });
        return problem;
    }

    public static async Task<JsonElement> AssertJsonAsync(this HttpResponseMessage response, int status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(status), body);
        return JsonDocument.Parse(body).RootElement;
    }

    public static Task<HttpResponseMessage> WithdrawAsync(this HttpClient client, string reference, string period, string? reason, string? note = null) =>
        client.PostAsJsonAsync($"/api/v1/signals/{Uri.EscapeDataString(reference)}/withdraw?period={period}", new { reason, note });

    public static Task<HttpResponseMessage> PostRawAsync(this HttpClient client, string path, string body, string contentType) =>
        client.PostAsync(path, new StringContent(body, Encoding.UTF8, contentType));
}
