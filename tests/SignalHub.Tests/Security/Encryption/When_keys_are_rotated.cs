using Microsoft.Extensions.Logging.Abstractions;
using SignalHub.Matching;
using SignalHub.Security.Encryption;
using SignalHub.Storage;
using SignalHub.Tests.Fixtures;

namespace SignalHub.Tests.Security.Encryption;

/// <summary>
/// An operator adds a new key and makes it active, runs <c>keys rotate</c>, and then takes the old key out: every
/// value is rewritten under the new key in batches, reads the same, and a second run finds nothing left to do.
/// </summary>
[TestFixture(StackKind.SqliteInMemory)]
[TestFixture(StackKind.PostgresRabbitMq)]
public sealed class When_keys_are_rotated(StackKind kind)
{
    private SignalHubStack _stack = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _stack = await SignalHubStack.StartAsync(kind);
        await EncryptedStack.DeliverAsync(_stack);
    }

    [TearDown]
    public async Task StopAsync() => await (_stack?.DisposeAsync() ?? ValueTask.CompletedTask);

    [Test]
    public async Task Should_rewrite_every_value_under_the_new_key_so_the_old_one_can_go()
    {
        var original = _stack.Get<EncryptionKeys>();
        var before = await NamesAsync(new FieldCipher(original));
        var rotating = new FieldCipher(TestCiphers.WithNewActiveKey(original, "k2"));

        var first = await RotationWith(rotating).RotateAsync(batchSize: 2, CancellationToken.None);
        var second = await RotationWith(rotating).RotateAsync(batchSize: 2, CancellationToken.None);
        var status = await new KeyStatusQuery(_stack.Get<Database>(), rotating).ReadAsync(CancellationToken.None);
        var after = await NamesAsync(new FieldCipher(TestCiphers.Without(rotating.KeyRing, original.ActiveKeyId)));

        Assert.Multiple(() =>
        {
            Assert.That((first.Signals, first.SdvClients), Is.EqualTo((3, 1)), "every row rewritten, in batches of two");
            Assert.That((second.Signals, second.SdvClients), Is.EqualTo((0, 0)), "a second run has nothing left to do");
            Assert.That(status.Keys[original.ActiveKeyId], Is.Zero);
            Assert.That(status.Keys["k2"], Is.EqualTo(3 + 3 + 3 + 3 + 3 + 1 + 1),
                "surname, initials, first names and birth date of 3 signals; prefix, phone and e-mail of 1; surname and birth date of 1 client");
            Assert.That(status.Rotated, Is.True);
            Assert.That(after, Is.EqualTo(before), "the same names read with the old key removed");
        });
    }

    [Test]
    public async Task Without_the_key_a_value_was_written_under_Should_name_that_key_id()
    {
        var stranger = new FieldCipher(TestCiphers.Keys("somebody-else"));
        var keyId = _stack.Get<EncryptionKeys>().ActiveKeyId;

        var error = Assert.ThrowsAsync<FieldDecryptionException>(() => NamesAsync(stranger));

        Assert.That(error!.Message, Does.Contain($"'{keyId}'"));
    }

    [Test]
    public async Task Status_should_count_the_values_per_key_id()
    {
        var cipher = _stack.Get<FieldCipher>();

        var status = await _stack.Get<KeyStatusQuery>().ReadAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(status.ActiveKeyId, Is.EqualTo(cipher.ActiveKeyId));
            Assert.That(status.Keys[cipher.ActiveKeyId], Is.EqualTo(17));
            Assert.That((status.Plaintext, status.UnknownKeyId), Is.EqualTo((0L, 0L)));
            Assert.That(status.Columns.Single(c => c is { Table: "signals", Column: "first_names" }).Keys[cipher.ActiveKeyId], Is.EqualTo(3));
        });
    }

    private KeyRotation RotationWith(FieldCipher cipher) => new(_stack.Get<Database>(), cipher,
        new TotpSecretSealing(_stack.Get<Database>(), cipher, NullLogger<TotpSecretSealing>.Instance), NullLogger<KeyRotation>.Instance);

    private async Task<List<string>> NamesAsync(FieldCipher cipher) =>
        [.. (await new MatchQuery(_stack.Get<Database>(), TimeProvider.System, cipher).ListAsync(Scenario.Month(EncryptedStack.Period), CancellationToken.None))
            .SelectMany(m => m.Persons).Select(p => $"{p.Surname} {p.Initials} {p.BirthDate}").Order(StringComparer.Ordinal)];
}
