using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SignalHub.Messaging.Contracts;
using SignalHub.Messaging.Outbox;
using SignalHub.Storage;
using SignalHub.Tests.Fixtures;

namespace SignalHub.Tests.Reliability;

/// <summary>
/// The in-memory bus loses what it holds when its process dies. A published outbox row that no consumer
/// ever recorded is published again after <c>Bus:RepublishAfterSeconds</c>; old bookkeeping is purged.
/// </summary>
public sealed class OutboxRecoveryTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    [TestCase(299, false)]
    [TestCase(301, true)]
    public async Task When_a_published_message_was_lost_Should_publish_it_again_after_the_threshold(int secondsLater, bool handled)
    {
        var clock = new FakeTimeProvider(Start);
        await using var stack = await SignalHubStack.StartAsync(StackKind.SqliteInMemory, configure: b => b.Services.AddSingleton<TimeProvider>(clock));
        var lost = await AddOutboxRowAsync(stack, publishedAt: clock.GetUtcNow().UtcDateTime);

        clock.Advance(TimeSpan.FromSeconds(secondsLater));
        await stack.Get<OutboxPublisher>().PublishPendingAsync(CancellationToken.None);
        var recorded = await WaitForInboxAsync(stack, lost, handled ? TimeSpan.FromSeconds(15) : TimeSpan.FromSeconds(3));

        Assert.That(recorded, Is.EqualTo(handled), $"{secondsLater} s after publishing, threshold 300 s");
    }

    [Test]
    public async Task When_a_message_was_handled_Should_not_publish_it_again()
    {
        var clock = new FakeTimeProvider(Start);
        await using var stack = await SignalHubStack.StartAsync(StackKind.SqliteInMemory, configure: b => b.Services.AddSingleton<TimeProvider>(clock));
        var handled = await AddOutboxRowAsync(stack, publishedAt: clock.GetUtcNow().UtcDateTime);
        await AddInboxRowAsync(stack, handled, clock.GetUtcNow().UtcDateTime);

        clock.Advance(TimeSpan.FromHours(1));
        var republished = await stack.Get<OutboxPublisher>().RepublishStaleAsync(CancellationToken.None);

        Assert.That(republished, Is.Zero);
    }

    [Test]
    public async Task Should_purge_handled_outbox_rows_after_a_day_and_inbox_rows_after_the_retention()
    {
        var clock = new FakeTimeProvider(Start);
        await using var stack = await SignalHubStack.StartAsync(StackKind.SqliteInMemory, configure: b => b.Services.AddSingleton<TimeProvider>(clock));
        var now = clock.GetUtcNow().UtcDateTime;
        var handledOld = await AddOutboxRowAsync(stack, now.AddDays(-2));
        await AddInboxRowAsync(stack, handledOld, now.AddDays(-2));
        var handledRecent = await AddOutboxRowAsync(stack, now.AddHours(-20));
        await AddInboxRowAsync(stack, handledRecent, now.AddHours(-20));
        var failedOld = await AddOutboxRowAsync(stack, now.AddDays(-2));
        await AddFailedAsync(stack, failedOld, now.AddDays(-2));
        await AddInboxRowAsync(stack, Guid.CreateVersion7(), now.AddDays(-31));
        await AddInboxRowAsync(stack, Guid.CreateVersion7(), now.AddDays(-29));

        var (outbox, inbox) = await stack.Get<OutboxRetention>().PurgeAsync(CancellationToken.None);

        var left = (await stack.CountAsync("SELECT COUNT(*) FROM outbox"), await stack.CountAsync("SELECT COUNT(*) FROM inbox"));
        TestContext.Out.WriteLine($"purged outbox {outbox}, inbox {inbox}; left outbox {left.Item1}, inbox {left.Item2}");
        Assert.Multiple(() =>
        {
            Assert.That(outbox, Is.EqualTo(1), "only the handled row older than a day");
            Assert.That(inbox, Is.EqualTo(1), "only the inbox row older than 30 days");
            Assert.That(left, Is.EqualTo((2L, 3L)));
        });
    }

    [TestCase("Bus:RepublishAfterSeconds", "5")]
    [TestCase("Bus:InboxRetentionDays", "1")]
    public void When_a_setting_is_out_of_range_Should_refuse_to_start(string key, string value)
    {
        var failure = Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(async () =>
            await SignalHubStack.StartAsync(StackKind.SqliteInMemory, new Dictionary<string, string?> { [key] = value }));

        Assert.That(failure!.Message, Does.Contain(key.Split(':')[1]));
    }

    private static async Task<Guid> AddOutboxRowAsync(SignalHubStack stack, DateTime publishedAt)
    {
        var id = Guid.CreateVersion7();
        var body = JsonSerializer.Serialize(new SignalsAccepted(Guid.CreateVersion7(), 1, "2026-10"));
        await stack.Get<Database>().InTransactionAsync((c, t) => c.ExecuteAsync(
            "INSERT INTO outbox (id, message_type, body, created_at, published_at) VALUES (@Id, @Type, @Body, @At, @At)",
            new { Id = id, Type = nameof(SignalsAccepted), Body = body, At = publishedAt }, t), CancellationToken.None);
        return id;
    }

    private static Task AddInboxRowAsync(SignalHubStack stack, Guid messageId, DateTime at) =>
        stack.Get<Database>().InTransactionAsync((c, t) => c.ExecuteAsync(
            "INSERT INTO inbox (consumer, message_key, processed_at) VALUES ('MatchAddressesConsumer', @Key, @At)",
            new { Key = messageId.ToString("D"), At = at }, t), CancellationToken.None);

    private static Task AddFailedAsync(SignalHubStack stack, Guid messageId, DateTime at) =>
        stack.Get<Database>().InTransactionAsync((c, t) => c.ExecuteAsync("""
            INSERT INTO failed_messages (message_id, message_type, consumer, reason, body, failed_at)
            VALUES (@Id, 'SignalsAccepted', 'MatchAddressesConsumer', 'test failure', '{}', @At)
            """, new { Id = messageId, At = at }, t), CancellationToken.None);

    private static async Task<bool> WaitForInboxAsync(SignalHubStack stack, Guid messageId, TimeSpan wait)
    {
        var until = DateTime.UtcNow + wait;
        do
        {
            if (await stack.CountAsync("SELECT COUNT(*) FROM inbox WHERE message_key = @Key", new { Key = messageId.ToString("D") }) > 0)
                return true;
            await Task.Delay(100);
        }
        while (DateTime.UtcNow < until);
        return false;
    }
}
