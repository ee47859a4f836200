using System.Net.Http.Headers;
using SignalHub.Tests.Fixtures;
using static SignalHub.Tests.Fixtures.PartnerFiles;

namespace SignalHub.Tests.Partners;

/// <summary>
/// The partner API's limits with small configured values: a file over Ingestion:MaxFileBytes answers 413,
/// a partner over PartnerApi:PermitLimit answers 429 with Retry-After while other partners go on.
/// HTTP behaviour only, so on the embedded stack.
/// </summary>
public sealed class PartnerApiLimitTests
{
    private const int MaxFileBytes = 2048;
    private const int PermitLimit = 5;
    private SignalHubStack _stack = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _stack = await SignalHubStack.StartAsync(StackKind.SqliteInMemory, new Dictionary<string, string?>
    {
        ["Ingestion:MaxFileBytes"] = MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["PartnerApi:PermitLimit"] = PermitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["PartnerApi:WindowSeconds"] = "3600",
    });

    [OneTimeTearDown]
    public async Task StopAsync() => await (_stack?.DisposeAsync() ?? ValueTask.CompletedTask);

    [TestCase("text/csv", true, Description = "the body, its length declared")]
    [TestCase("text/csv", false, Description = "the body, streamed without a length")]
    [TestCase("multipart/form-data", true, Description = "multipart field 'file'")]
    [TestCase("multipart/form-data", false, Description = "multipart, streamed without a length")]
    public async Task When_a_file_is_larger_than_the_limit_Should_answer_413(string shape, bool declaredLength)
    {
        using var client = _stack.Client(await RegisterAsync());
        var csv = Csv(Enumerable.Range(1, 40).Select(i => Row($"R-{i}", "huur", "Jansen", "12", "2011AB")).ToArray());
        Assert.That(csv.Length, Is.GreaterThan(MaxFileBytes));

        using var response = await client.PostAsync("/api/v1/deliveries?period=2026-10", Body(csv, shape, declaredLength));

        var problem = await response.AssertProblemAsync(413);
        Assert.That(problem.Prop("detail").GetString(), Does.Contain("Ingestion:MaxFileBytes"));
        Assert.That(await _stack.CountAsync("SELECT COUNT(*) FROM deliveries WHERE byte_count > @Max", new { Max = MaxFileBytes }), Is.Zero);
    }

    [TestCase("text/csv")]
    [TestCase("multipart/form-data")]
    public async Task When_a_file_is_within_the_limit_Should_be_accepted(string shape)
    {
        using var client = _stack.Client(await RegisterAsync());
        using var response = await client.PostAsync("/api/v1/deliveries?period=2026-10",
            Body(Csv(Row("R-1", "huur", "Jansen", "12", "2011AB")), shape, declaredLength: true));
        await response.AssertJsonAsync(202);
        await _stack.WaitUntilIdleAsync();
    }

    [Test]
    public async Task When_a_partner_makes_too_many_requests_Should_answer_429_with_retry_after_and_spare_the_others()
    {
        using var busy = _stack.Client(await RegisterAsync());
        using var other = _stack.Client(await RegisterAsync());
        for (var i = 0; i < PermitLimit; i++)
            await (await busy.GetAsync("/api/v1/keys")).AssertJsonAsync(200);

        using var refused = await busy.GetAsync("/api/v1/keys");
        using var refusedWithdraw = await busy.WithdrawAsync("R-1", "2026-10", "paid");

        await refused.AssertProblemAsync(429);
        await refusedWithdraw.AssertProblemAsync(429);
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(refused.Headers.RetryAfter?.Delta?.TotalSeconds, Is.InRange(1, 3600));
            Assert.That((int)(await other.GetAsync("/api/v1/keys")).StatusCode, Is.EqualTo(200), "another partner has its own window");
        });
    }

    private static HttpContent Body(string csv, string shape, bool declaredLength)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(csv);
        HttpContent file = declaredLength ? new ByteArrayContent(bytes) : new StreamContent(new UnknownLengthStream(bytes));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        if (shape == "text/csv")
            return file;
        return new MultipartFormDataContent { { file, "file", "huur-2026-10.csv" } };
    }

    private async Task<string> RegisterAsync() => (await _stack.RegisterAsync($"Woonstichting {Guid.NewGuid():N}"[..30], "housing")).ApiKey;

    /// <summary>A body whose length HttpClient cannot know, so it is sent chunked.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
