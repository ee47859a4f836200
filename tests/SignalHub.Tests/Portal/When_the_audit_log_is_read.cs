using Dapper;
using SignalHub.Storage;
using SignalHub.Tests.Fixtures;
using SignalHub.Tests.Security;
using static SignalHub.Security.Accounts.PortalRoles;

namespace SignalHub.Tests.Portal;

/// <summary>
/// /audit for the privacy officer: the chain's verification first, the entries newest first, searched by actor and
/// subject, paged; a changed entry shows as a broken chain.
/// </summary>
public sealed class When_the_audit_log_is_read
{
    private SignalHubStack _stack = null!;
    private SignedInUser _privacy = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _stack = await SignalHubStack.StartAsync(StackKind.SqliteInMemory);
        _privacy = await _stack.SignInAsync(PrivacyOfficer);
        var audit = _stack.Get<SignalHub.Security.Audit.AuditLog>();
        for (var i = 1; i <= 60; i++)
            await audit.RecordAsync("user:demo-zoeker", "GET /zaken", "case", $"zaak-{i:00}", null, null, CancellationToken.None);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _privacy.Session.Dispose();
        await _stack.DisposeAsync();
    }

    [Test]
    public async Task Should_show_an_intact_chain_and_the_newest_entries_of_an_actor_first()
    {
        var page = await _privacy.Session.GetPageAsync("/audit?actor=user:demo-zoeker");
        var second = await _privacy.Session.GetPageAsync("/audit?actor=user:demo-zoeker&pagina=2");

        Assert.Multiple(() =>
        {
            Assert.That(page, Does.Contain("data-chain=\"intact\""));
            Assert.That(page.IndexOf("zaak-60", StringComparison.Ordinal), Is.LessThan(page.IndexOf("zaak-59", StringComparison.Ordinal)), "newest first");
            Assert.That(page, Does.Contain("zaak-11").And.Not.Contain("zaak-10<"), "fifty on the first page");
            Assert.That(second, Does.Contain("zaak-10").And.Contain("zaak-01").And.Not.Contain("zaak-11"));
        });
    }

    [Test]
    public async Task Should_find_one_subject()
    {
        var page = await _privacy.Session.GetPageAsync("/audit?onderwerp=zaak-42");
        Assert.That(page, Does.Contain("zaak-42").And.Not.Contain("zaak-41"));
    }

    [Test]
    public async Task Should_refuse_a_period_that_runs_backwards_next_to_the_field()
    {
        var page = await _privacy.Session.GetPageAsync("/audit?van=2026-11-20&tot=2026-11-01");
        Assert.That(page, Does.Match("id=\"tot-fout\">[^<]*De einddatum ligt voor de begindatum"));
    }

    [Test]
    public async Task Should_show_where_the_chain_breaks_when_an_entry_was_changed()
    {
        await _stack.Get<Database>().InTransactionAsync((c, t) => c.ExecuteAsync(
            "UPDATE audit_log SET detail = 'gewijzigd' WHERE subject_id = 'zaak-30'", transaction: t), CancellationToken.None);
        var page = await _privacy.Session.GetPageAsync("/audit");
        await _stack.Get<Database>().InTransactionAsync((c, t) => c.ExecuteAsync(
            "UPDATE audit_log SET detail = NULL WHERE subject_id = 'zaak-30'", transaction: t), CancellationToken.None);

        Assert.That(page, Does.Contain("data-chain=\"broken\"").And.Contain("De keten is verbroken bij regel"));
    }
}
