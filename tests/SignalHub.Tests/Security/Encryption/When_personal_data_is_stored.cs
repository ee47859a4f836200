using SignalHub.Matching;
using SignalHub.Tests.Dispatch;
using SignalHub.Tests.Fixtures;

namespace SignalHub.Tests.Security.Encryption;

/// <summary>
/// A database dump alone reveals no names: after a delivery and an SDV client list went through the real pipeline, a
/// plain <c>SELECT *</c> of <c>signals</c> and <c>sdv_clients</c> shows none of the names or birth dates, while the
/// application still groups the person, shows the names and finds the known client by birth date.
/// </summary>
[TestFixture(StackKind.SqliteInMemory)]
[TestFixture(StackKind.PostgresRabbitMq)]
public sealed class When_personal_data_is_stored(StackKind kind)
{
    private SignalHubStack _stack = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _stack = await SignalHubStack.StartAsync(kind);
        await EncryptedStack.DeliverAsync(_stack);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await (_stack?.DisposeAsync() ?? ValueTask.CompletedTask);

    [TestCase("signals")]
    [TestCase("sdv_clients")]
    public async Task A_raw_select_should_show_no_name_or_birth_date(string table)
    {
        var cells = await EncryptedStack.DumpAsync(_stack, table);

        var leaks = cells.Where(cell => EncryptedStack.Secrets.Any(secret => cell.Contains(secret, StringComparison.OrdinalIgnoreCase))).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(cells, Is.Not.Empty, "the table has rows to look at");
            foreach (var column in EncryptedStack.EncryptedColumns.Where(c => cells.Any(cell => cell.StartsWith(c + "=", StringComparison.Ordinal))))
                Assert.That(cells.Where(cell => cell.StartsWith(column + "=", StringComparison.Ordinal) && cell.Length > column.Length + 1),
                    Has.All.StartWith(column + "=enc1:"), column);
            Assert.That(leaks, Is.Empty, "personal data readable in the database");
        });
    }

    [Test]
    public async Task The_application_should_still_show_the_names_and_make_one_person()
    {
        var match = (await _stack.Get<MatchQuery>().ListAsync(Scenario.Month(EncryptedStack.Period), CancellationToken.None))
            .Single(m => m.Address.HouseNumber == 30);

        Assert.Multiple(() =>
        {
            Assert.That(match.Persons, Has.Count.EqualTo(1), "same surname and birth date: one person");
            Assert.That(match.Persons[0].Surname, Is.EqualTo("Zwanenburg-Oudkerk"));
            Assert.That(match.Persons[0].Initials, Is.EqualTo("Q.X."));
            Assert.That(match.Persons[0].BirthDate, Is.EqualTo(new DateOnly(1963, 6, 17)));
        });
    }

    [Test]
    public async Task A_client_elsewhere_should_still_be_found_by_surname_and_birth_date()
    {
        var k = await _stack.RequireCaseAtAsync(EncryptedStack.Period, "2011AB", 32);

        Assert.Multiple(() =>
        {
            Assert.That((k.Route, k.AssignedTo), Is.EqualTo(("sdv", "Consulent Verhuis")));
            Assert.That(k.KnownClient?.CaseReference, Is.EqualTo("SDV-90"));
        });
    }
}
