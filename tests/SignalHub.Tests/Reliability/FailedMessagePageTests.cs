using System.Net;
using Dapper;
using SignalHub.Security.Accounts;
using SignalHub.Storage;
using SignalHub.Tests.Security;
using SignalHub.Tests.Fixtures;

namespace SignalHub.Tests.Reliability;

/// <summary>The coordinator's page of failed messages: listed with their reason, retried or discarded by a checked POST.</summary>
public sealed class FailedMessagePageTests
{
    [Test]
    public async Task The_page_lists_open_failures_with_their_reason()
    {
        await using var stack = await SignalHubStack.StartAsync(StackKind.SqliteInMemory);
        await AddFailureAsync(stack, Guid.CreateVersion7(), "FormatException: periode 2026-13 bestaat niet");

        using var coordinator = (await stack.SignInAsync(PortalRoles.Coordinator)).Session;
        var page = await coordinator.GetPageAsync("/mislukte-berichten");

        Assert.That(page, Does.Contain("FormatException: periode 2026-13 bestaat niet").And.Contain("MatchAddressesConsumer"));
    }

    [TestCase("opnieuw", "retried", 1)]
    [TestCase("verwerpen", "discarded", 0)]
    public async Task A_button_resolves_the_failure(string handler, string resolution, int republished)
    {
        await using var stack = await SignalHubStack.StartAsync(StackKind.SqliteInMemory);
        var id = Guid.CreateVersion7();
        await AddFailureAsync(stack, id, "test failure");
        using var coordinator = (await stack.SignInAsync(PortalRoles.Coordinator)).Session;
        using var response = await coordinator.PostFormAsync("/mislukte-berichten", [new("id", id.ToString())], $"/mislukte-berichten?handler={handler}");
        var after = await coordinator.GetPageAsync("/mislukte-berichten");

        var stored = await stack.Get<Database>().ReadAsync(c => c.ExecuteScalarAsync<string>(
            "SELECT resolution FROM failed_messages WHERE message_id = @Id", new { Id = id }), CancellationToken.None);
        var outbox = await stack.CountAsync("SELECT COUNT(*) FROM outbox WHERE message_type = 'SignalsAccepted'");
        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(302), "redirected back to the list");
            Assert.That(stored, Is.EqualTo(resolution));
            Assert.That(outbox, Is.EqualTo(republished));
            Assert.That(after, Does.Contain("Er zijn geen mislukte berichten."));
        });
    }

    [Test]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        await using var stack = await SignalHubStack.StartAsync(StackKind.SqliteInMemory);
        var id = Guid.CreateVersion7();
        await AddFailureAsync(stack, id, "test failure");
        using var coordinator = (await stack.SignInAsync(PortalRoles.Coordinator)).Session;

        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["id"] = id.ToString() });
        using var response = await coordinator.PostAsync("/mislukte-berichten?handler=verwerpen", form);

        var stored = await stack.Get<Database>().ReadAsync(c => c.ExecuteScalarAsync<string?>(
            "SELECT resolution FROM failed_messages WHERE message_id = @Id", new { Id = id }), CancellationToken.None);
        // 400, shown through the portal's error pages (which answer a re-executed POST with 404).
        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.AnyOf(400, 404));
            Assert.That(stored, Is.Null, "the failure is still open");
        });
    }

    private static Task AddFailureAsync(SignalHubStack stack, Guid id, string reason) =>
        stack.Get<Database>().InTransactionAsync((c, t) => c.ExecuteAsync("""
            INSERT INTO failed_messages (message_id, message_type, consumer, reason, body, failed_at)
            VALUES (@Id, 'SignalsAccepted', 'MatchAddressesConsumer', @Reason, @Body, @At)
            """, new { Id = id, Reason = reason, Body = """{"DeliveryId":"0196f0a0-0000-7000-8000-000000000001","Seq":1,"Period":"2026-13"}""", At = DateTime.UtcNow }, t),
            CancellationToken.None);

}
