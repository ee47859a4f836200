using SignalHub.Security.Audit;
using SignalHub.Tests.Fixtures;
using SignalHub.Tests.Security;
using static SignalHub.Security.Accounts.PortalRoles;

namespace SignalHub.Tests.Portal;

/// <summary>
/// The privacy officer looks up what one user did by the name they know, without the log's <c>user:</c> prefix, and is not
/// buried under the pages opened before signing in, which stay one tick away.
/// </summary>
[TestFixture(StackKind.SqliteInMemory)]
[TestFixture(StackKind.PostgresRabbitMq)]
public sealed class When_the_audit_log_is_searched_by_name(StackKind kind)
{
    private SignalHubStack _stack = null!;
    private SignedInUser _privacy = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _stack = await SignalHubStack.StartAsync(kind);
        _privacy = await _stack.SignInAsync(PrivacyOfficer);
        var audit = _stack.Get<AuditLog>();
        await audit.RecordAsync("user:demo-naamzoeker", "GET /zaken", "case", "zaak-naam-1", null, null, CancellationToken.None);
        await audit.RecordAsync("user:iemand-anders", "GET /zaken", "case", "zaak-naam-2", null, null, CancellationToken.None);
        await audit.RecordAsync("portal:anonymous", "GET /inloggen", "portal-page", "anoniem-1", null, null, CancellationToken.None);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _privacy.Session.Dispose();
        await _stack.DisposeAsync();
    }

    [TestCase("demo-naamzoeker")]
    [TestCase("user:demo-naamzoeker")]
    public async Task Should_find_a_users_rows_by_the_plain_name_or_as_logged(string actor)
    {
        var page = await _privacy.Session.GetPageAsync($"/audit?actor={actor}");
        Assert.That(page, Does.Contain("zaak-naam-1").And.Not.Contain("zaak-naam-2"));
    }

    [Test]
    public async Task Should_leave_out_pages_opened_without_signing_in_unless_asked()
    {
        var plain = await _privacy.Session.GetPageAsync("/audit");
        var asked = await _privacy.Session.GetPageAsync("/audit?anoniem=true");

        Assert.Multiple(() =>
        {
            Assert.That(plain, Does.Contain("zaak-naam-1").And.Not.Contain("anoniem-1"));
            Assert.That(asked, Does.Contain("anoniem-1").And.Contain("id=\"anoniem\" name=\"anoniem\" value=\"true\" checked=\"checked\""));
        });
    }
}
