using SignalHub.Tests.Fixtures;

namespace SignalHub.Tests.Partners;

/// <summary>
/// A partner rotates its API keys itself: several live at once, each shown once, any one revocable, and
/// a key of one partner never reaches another partner's keys. On both stacks.
/// </summary>
[TestFixture(StackKind.SqliteInMemory)]
[TestFixture(StackKind.PostgresRabbitMq)]
public sealed class ApiKeyTests(StackKind kind)
{
    private SignalHubStack _stack = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _stack = await SignalHubStack.StartAsync(kind);

    [OneTimeTearDown]
    public async Task StopAsync() => await (_stack?.DisposeAsync() ?? ValueTask.CompletedTask);

    [Test]
    public async Task When_a_partner_creates_a_key_Should_show_it_once_and_accept_it_beside_the_first()
    {
        using var first = _stack.Client(await RegisterAsync("Waterbedrijf Sleutel"));

        using var created = await first.PostAsync("/api/v1/keys", null);
        var key = await created.AssertJsonAsync(201);
        var apiKey = key.Prop("apiKey").GetString()!;
        using var second = _stack.Client(apiKey);
        var listed = await (await second.GetAsync("/api/v1/keys")).AssertJsonAsync(200);

        Assert.Multiple(() =>
        {
            Assert.That(created.Headers.Location?.ToString(), Is.EqualTo($"/api/v1/keys/{key.Prop("id").GetGuid()}"));
            Assert.That(apiKey, Does.StartWith("shk_"));
            Assert.That(key.Prop("prefix").GetString(), Is.EqualTo(apiKey[..12]));
            Assert.That(listed.GetArrayLength(), Is.EqualTo(2), "the first key and the new one");
            Assert.That(listed.GetRawText(), Does.Not.Contain(apiKey), "a listed key never shows the key itself");
            Assert.That(listed.EnumerateArray().Select(k => k.Prop("id").GetGuid()), Does.Contain(key.Prop("id").GetGuid()));
        });
    }

    [Test]
    public async Task When_a_key_is_revoked_Should_answer_401_for_it_and_keep_the_other_keys_working()
    {
        using var keeper = _stack.Client(await RegisterAsync("Zorgverzekeraar Sleutel", "health_insurer"));
        var doomed = await (await keeper.PostAsync("/api/v1/keys", null)).AssertJsonAsync(201);
        using var doomedClient = _stack.Client(doomed.Prop("apiKey").GetString());
        await (await doomedClient.GetAsync("/api/v1/keys")).AssertJsonAsync(200);

        using var revoked = await keeper.DeleteAsync($"/api/v1/keys/{doomed.Prop("id").GetGuid()}");
        using var revokedAgain = await keeper.DeleteAsync($"/api/v1/keys/{doomed.Prop("id").GetGuid()}");
        using var refused = await doomedClient.GetAsync("/api/v1/keys");
        var listed = await (await keeper.GetAsync("/api/v1/keys")).AssertJsonAsync(200);

        await refused.AssertProblemAsync(401);
        Assert.Multiple(() =>
        {
            Assert.That((int)revoked.StatusCode, Is.EqualTo(204));
            Assert.That((int)revokedAgain.StatusCode, Is.EqualTo(204), "revoking a revoked key changes nothing");
            Assert.That(refused.Headers.WwwAuthenticate.ToString(), Is.EqualTo("Bearer"));
            Assert.That(listed.EnumerateArray().Single(k => k.Prop("id").GetGuid() == doomed.Prop("id").GetGuid()).Prop("revokedAt").ValueKind,
                Is.EqualTo(System.Text.Json.JsonValueKind.String));
        });
    }

    [Test]
    public async Task When_a_partner_revokes_the_key_it_calls_with_Should_be_locked_out_at_once()
    {
        using var client = _stack.Client(await RegisterAsync("Energie Sleutel", "energy"));
        var keys = await (await client.GetAsync("/api/v1/keys")).AssertJsonAsync(200);
        var own = keys.EnumerateArray().Single().Prop("id").GetGuid();

        using var revoked = await client.DeleteAsync($"/api/v1/keys/{own}");
        Assert.That((int)revoked.StatusCode, Is.EqualTo(204));
        await (await client.GetAsync("/api/v1/keys")).AssertProblemAsync(401);
    }

    [Test]
    public async Task When_a_partner_names_another_partners_key_Should_answer_404_and_leave_it_alone()
    {
        using var a = _stack.Client(await RegisterAsync("Woonstichting A"));
        using var b = _stack.Client(await RegisterAsync("Woonstichting B"));
        var bKey = (await (await b.GetAsync("/api/v1/keys")).AssertJsonAsync(200)).EnumerateArray().Single().Prop("id").GetGuid();

        await (await a.DeleteAsync($"/api/v1/keys/{bKey}")).AssertProblemAsync(404);
        await (await a.DeleteAsync($"/api/v1/keys/{Guid.CreateVersion7()}")).AssertProblemAsync(404);
        var aKeys = await (await a.GetAsync("/api/v1/keys")).AssertJsonAsync(200);
        var bKeys = await (await b.GetAsync("/api/v1/keys")).AssertJsonAsync(200);

        Assert.Multiple(() =>
        {
            Assert.That(aKeys.EnumerateArray().Select(k => k.Prop("id").GetGuid()), Does.Not.Contain(bKey), "A lists only its own keys");
            Assert.That(bKeys.EnumerateArray().Single().Prop("revokedAt").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null),
                "B's key still works");
        });
    }

    [TestCase("")]
    [TestCase("shk_not-a-key-of-anyone")]
    [TestCase("Basic dXNlcjpwYXNz")]
    public async Task When_no_valid_key_is_sent_Should_answer_401(string authorization)
    {
        using var client = _stack.Client();
        if (authorization.Length > 0)
            client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", authorization.StartsWith("shk_", StringComparison.Ordinal) ? $"Bearer {authorization}" : authorization);
        await (await client.PostAsync("/api/v1/keys", null)).AssertProblemAsync(401);
    }

    private async Task<string> RegisterAsync(string name, string type = "housing") => (await _stack.RegisterAsync(name, type)).ApiKey;
}
