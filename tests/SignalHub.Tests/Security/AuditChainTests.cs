using SignalHub.Security.Audit;
using SignalHub.Tests.Fixtures;
using static SignalHub.Tests.Fixtures.PartnerFiles;

namespace SignalHub.Tests.Security;

/// <summary>
/// Every view and change of household data leaves an entry chained to the one before it: a changed or
/// removed entry is found by verification.
/// </summary>
[TestFixture(StackKind.SqliteInMemory)]
[TestFixture(StackKind.PostgresRabbitMq)]
public sealed class AuditChainTests(StackKind kind)
{
    private SignalHubStack _stack = null!;

    [SetUp]
    public async Task StartAsync() => _stack = await SignalHubStack.StartAsync(kind);

    [TearDown]
    public async Task StopAsync() => await (_stack?.DisposeAsync() ?? ValueTask.CompletedTask);

    [Test]
    public async Task A_partner_upload_and_receipt_view_are_recorded_with_who_and_from_where()
    {
        var (partner, key) = await _stack.RegisterAsync("Woonstichting Audit", "housing");
        var receipt = await _stack.UploadAsync(key, "2026-10", Csv(Row("R-1", "huur", "Jansen", "12", "2011AB")));
        using var client = _stack.Client(key);
        (await client.GetAsync($"/api/v1/deliveries/{receipt.DeliveryId}")).EnsureSuccessStatusCode();

        var entries = await _stack.Get<AuditLog>().SearchAsync(new AuditQuery(DateTime.UtcNow.AddHours(-1), DateTime.UtcNow.AddHours(1)), CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(entries.Select(e => e.Action), Has.Some.EqualTo("POST /api/v1/deliveries/"));
            Assert.That(entries.Select(e => e.Action), Has.Some.EqualTo("GET /api/v1/deliveries/{id:guid}"));
            var view = entries.First(e => e.Action == "GET /api/v1/deliveries/{id:guid}");
            Assert.That(view.Actor, Is.EqualTo($"partner:{partner.Id}"));
            Assert.That(view.SubjectId, Is.EqualTo(receipt.DeliveryId.ToString()));
            Assert.That(view.RemoteAddress, Is.EqualTo("127.0.0.1"));
            Assert.That(view.Detail, Does.StartWith("status 200"));
        });
    }

    [Test]
    public async Task A_portal_page_view_is_recorded()
    {
        var sdv = await _stack.SignInAsync(SignalHub.Security.Accounts.PortalRoles.Sdv);
        (await sdv.Session.GetAsync("/triage?periode=2026-10")).EnsureSuccessStatusCode();
        var entries = await _stack.Get<AuditLog>().SearchAsync(new AuditQuery(DateTime.UtcNow.AddHours(-1), DateTime.UtcNow.AddHours(1)), CancellationToken.None);
        Assert.That(entries.Select(e => (e.Action, e.Detail)), Has.Some.EqualTo(("GET /triage", "status 200?periode=2026-10")));
        Assert.That(entries.First(e => e.Action == "GET /triage").Actor, Is.EqualTo($"user:{sdv.Account.Name}"), "who, from the sign-in");
    }

    [Test]
    public async Task An_intact_chain_verifies_and_a_changed_or_removed_entry_is_found()
    {
        var audit = _stack.Get<AuditLog>();
        for (var i = 0; i < 5; i++)
            await audit.RecordAsync("user:test", "view", "match", $"m-{i}", null, "127.0.0.1", CancellationToken.None);
        var intact = await audit.VerifyAsync(CancellationToken.None);
        Assert.That(intact, Is.EqualTo(new AuditVerification(true, 5, null, null)));

        await _stack.Get<SignalHub.Storage.Database>().InTransactionAsync((c, t) =>
            Dapper.SqlMapper.ExecuteAsync(c, "UPDATE audit_log SET subject_id = 'm-x' WHERE seq = 3", transaction: t), CancellationToken.None);
        var changed = await audit.VerifyAsync(CancellationToken.None);
        Assert.That((changed.Intact, changed.BrokenAt, changed.EntriesChecked), Is.EqualTo((false, 3L, 2)));

        await _stack.Get<SignalHub.Storage.Database>().InTransactionAsync((c, t) =>
            Dapper.SqlMapper.ExecuteAsync(c, "DELETE FROM audit_log WHERE seq = 3", transaction: t), CancellationToken.None);
        var removed = await audit.VerifyAsync(CancellationToken.None);
        Assert.That((removed.Intact, removed.BrokenAt), Is.EqualTo((false, 4L)));
        Assert.That(removed.Reason, Does.Contain("removed or inserted"));
    }

    [Test]
    public async Task Entries_written_at_once_by_many_callers_form_one_chain()
    {
        var audit = _stack.Get<AuditLog>();
        await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            audit.RecordAsync("user:test", "view", "match", $"m-{i}", null, null, CancellationToken.None)));
        var verification = await audit.VerifyAsync(CancellationToken.None);
        Assert.That((verification.Intact, verification.EntriesChecked), Is.EqualTo((true, 20)));
    }
}
