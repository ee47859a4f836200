using System.Text.Json;
using Dapper;
using SignalHub.Messaging.Contracts;
using SignalHub.Messaging.Failures;
using SignalHub.Messaging.Outbox;
using SignalHub.Storage;
using SignalHub.Tests.Fixtures;

namespace SignalHub.Tests.Reliability;

/// <summary>
/// A message its consumer can never handle (here: a chunk announcement with a month that does not exist)
/// is retried, redelivered, then recorded for an operator, who retries or discards it with the CLI.
/// </summary>
public sealed class FailedMessageTests
{
    public static readonly Dictionary<string, string?> FastRetries = new()
    {
        ["Bus:RetryLimit"] = "1",
        ["Bus:RedeliveryLimit"] = "1",
        ["Bus:RedeliveryDelaySeconds"] = "1",
    };

    [Test]
    public async Task When_a_consumer_keeps_failing_Should_record_the_message_once_with_its_reason()
    {
        await using var stack = await SignalHubStack.StartAsync(StackKind.SqliteInMemory, FastRetries);

        var poison = await AddPoisonAsync(stack);
        var failures = await WaitForFailuresAsync(stack, 1);

        var failure = failures.Single();
        Assert.Multiple(() =>
        {
            Assert.That(failure.MessageId, Is.EqualTo(poison));
            Assert.That(failure.MessageType, Is.EqualTo(nameof(SignalsAccepted)));
            Assert.That(failure.Consumer, Is.EqualTo("MatchAddressesConsumer"));
            Assert.That(failure.Reason, Does.Contain("FormatException"));
            Assert.That(failure.Body, Does.Contain("2026-13"));
        });
    }

    [Test]
    public async Task The_cli_lists_retries_and_discards_failed_messages()
    {
        await using var stack = await SignalHubStack.StartAsync(StackKind.SqliteInMemory, FastRetries);
        var first = await AddPoisonAsync(stack);
        var second = await AddPoisonAsync(stack);
        await WaitForFailuresAsync(stack, 2);

        var list = await Fixtures.Cli.RunAsync(stack.Settings, "failed", "list", "--json");
        var discard = await Fixtures.Cli.RunAsync(stack.Settings, "failed", "discard", first.ToString());
        var retry = await Fixtures.Cli.RunAsync(stack.Settings, "failed", "retry", second.ToString());
        var again = await Fixtures.Cli.RunAsync(stack.Settings, "failed", "discard", first.ToString());

        var listed = list.Json().EnumerateArray().Select(e => e.GetProperty("messageId").GetGuid()).ToList();
        var stillOpen = (await stack.Get<FailedMessages>().ListAsync(CancellationToken.None)).Select(f => f.MessageId).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(listed, Is.EquivalentTo(new[] { first, second }), list.ToString());
            Assert.That(discard.ExitCode, Is.Zero, discard.ToString());
            Assert.That(retry.ExitCode, Is.Zero, retry.ToString());
            Assert.That(retry.Stdout, Does.Contain("published again"));
            Assert.That(again.ExitCode, Is.EqualTo(1), "a discarded failure is closed");
            Assert.That(stillOpen, Does.Not.Contain(first).And.Not.Contain(second));
        });
        // The retried message is still poison: it comes back as a new failure under its new id.
        var comeback = await WaitForFailuresAsync(stack, 1);
        Assert.That(comeback.Single().MessageId, Is.Not.EqualTo(second));
    }

    [Test]
    public async Task When_all_other_messages_are_fine_Should_handle_them_while_the_poison_fails()
    {
        await using var stack = await SignalHubStack.StartAsync(StackKind.SqliteInMemory, FastRetries);
        var poison = await AddPoisonAsync(stack);
        var good = await AddOutboxAsync(stack, new SignalsAccepted(Guid.CreateVersion7(), 1, "2026-10"));

        await WaitForFailuresAsync(stack, 1);

        var handled = await stack.CountAsync("SELECT COUNT(*) FROM inbox WHERE message_key = @Key", new { Key = good.ToString("D") });
        var poisonHandled = await stack.CountAsync("SELECT COUNT(*) FROM inbox WHERE message_key = @Key", new { Key = poison.ToString("D") });
        Assert.That((handled, poisonHandled), Is.EqualTo((1L, 0L)));
    }

    private static Task<Guid> AddPoisonAsync(SignalHubStack stack) =>
        AddOutboxAsync(stack, new SignalsAccepted(Guid.CreateVersion7(), 1, "2026-13"));

    private static async Task<Guid> AddOutboxAsync(SignalHubStack stack, SignalsAccepted message)
    {
        var id = Guid.CreateVersion7();
        await stack.Get<Database>().InTransactionAsync((c, t) => c.ExecuteAsync(
            "INSERT INTO outbox (id, message_type, body, created_at) VALUES (@Id, @Type, @Body, @Now)",
            new { Id = id, Type = nameof(SignalsAccepted), Body = JsonSerializer.Serialize(message), Now = DateTime.UtcNow }, t), CancellationToken.None);
        stack.Get<OutboxSignal>().Wake();
        return id;
    }

    public static async Task<IReadOnlyList<FailedMessage>> WaitForFailuresAsync(SignalHubStack stack, int count)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var open = await stack.Get<FailedMessages>().ListAsync(CancellationToken.None);
            if (open.Count >= count || DateTime.UtcNow > until)
                return open.Count >= count ? open : throw new AssertionException($"{open.Count} failed messages after 60 s, expected {count}");
            await Task.Delay(200);
        }
    }
}
